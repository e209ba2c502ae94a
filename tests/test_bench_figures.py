"""benchmarks/figures.py: the one format the benchmark scripts quote their figures in (min / median / max)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import labelled, min_median_max, spread  # noqa: E402


def test_min_median_max_orders_the_three_figures():
    assert min_median_max([5, 1, 2, 9]) == (1, 3.5, 9)
    with pytest.raises(ValueError):
        min_median_max([])


@given(st.lists(st.floats(-1e9, 1e9), min_size=1, max_size=50))
def test_the_median_lies_between_the_extremes_whatever_the_order(values):
    lo, mid, hi = min_median_max(values)
    assert lo <= mid <= hi and lo == min(values) and hi == max(values)


def test_spread_and_labelled_scale_and_format_each_figure():
    assert spread([0.5, 0.25, 1.0]) == "0.250 / 0.500 / 1.000"
    assert spread([0.0123, 0.002], "{:.1f}", scale=1e3) == "2.0 / 7.2 / 12.3"
    assert labelled([0.001, 0.003, 0.002], "ms", scale=1e3) == "min 1.00 / median 2.00 / max 3.00 ms (n=3)"
