"""How the benchmark scripts print a figure: min / median / max over rounds or runs, in one format.

Every closing figure an issue asks for is quoted as min / median / max; one home for that keeps the scripts'
outputs comparable (same order, same separator) and keeps each script to what it measures.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence


def min_median_max(values: Sequence[float]) -> tuple[float, float, float]:
    """(min, median, max) of *values*; at least one value is needed (an empty figure is a bug of the caller)."""
    if not values:
        raise ValueError("no values to summarise")
    return min(values), statistics.median(values), max(values)


def spread(values: Sequence[float], fmt: str = "{:.3f}", scale: float = 1.0) -> str:
    """``"a / b / c"``: min / median / max of *values* times *scale*, each written with *fmt*."""
    return " / ".join(fmt.format(v * scale) for v in min_median_max(values))


def labelled(values: Sequence[float], unit: str, fmt: str = "{:.2f}", scale: float = 1.0) -> str:
    """``"min a / median b / max c UNIT (n=N)"``: for lines that quote one figure on its own."""
    lo, mid, hi = (fmt.format(v * scale) for v in min_median_max(values))
    return f"min {lo} / median {mid} / max {hi} {unit} (n={len(values)})"
