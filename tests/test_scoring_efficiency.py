"""Tests for effbench.scoring.efficiency (ENAMEL eff@k, pass@k, Hodges-Lehmann)."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from effbench.scoring import (
                              eff_at_k,
                              hodges_lehmann,
                              level_score,
                              mean_over_tasks,
                              pass_at_k,
                              sample_efficiency,
                              time_limit,
                              )

TOL = 1e-12

# No subnormals: halving one (a Walsh average) rounds, so "powers of two scale exactly" is false below 2**-1022;
# timings and counts are never that small.
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False, allow_subnormal=False)
scores_st = st.floats(min_value=0.0, max_value=3.0, allow_nan=False, allow_infinity=False)
positive_time = st.floats(min_value=1e-6, max_value=1e3, allow_nan=False, allow_infinity=False)


# ---------------------------------------------------------------- known values


def test_hl_known_value():
    assert hodges_lehmann([1, 1, 1, 1, 1, 100]) == 1.0


def test_level_score_known_value():
    assert level_score(0.024, 0.012, 0.1) == pytest.approx(0.076 / 0.088, abs=TOL)
    assert level_score(0.024, 0.012, 0.1) == pytest.approx(0.8636363636363636, abs=TOL)


@pytest.mark.parametrize("k, expected", [(1, 0.44), (2, 0.67), (3, 0.8), (5, 1.0)])
def test_eff_at_k_known_values(k, expected):
    assert eff_at_k([0, 0.2, 0.5, 0.5, 1.0], k) == pytest.approx(expected, abs=TOL)
    # order of the input must not matter
    assert eff_at_k([1.0, 0.5, 0, 0.5, 0.2], k) == pytest.approx(expected, abs=TOL)


# ---------------------------------------------------------------- errors & edge cases


def test_hl_empty_raises():
    with pytest.raises(ValueError):
        hodges_lehmann([])


def test_eff_at_k_bad_k():
    with pytest.raises(ValueError):
        eff_at_k([0.1, 0.2], 3)
    with pytest.raises(ValueError):
        eff_at_k([0.1, 0.2], 0)
    with pytest.raises(ValueError):
        eff_at_k([], 1)


def test_level_score_limit_must_exceed_reference():
    with pytest.raises(ValueError):
        level_score(0.5, 1.0, 1.0)
    with pytest.raises(ValueError):
        level_score(0.5, 1.0, 0.9)


def test_level_score_not_clipped_and_floored():
    assert level_score(0.0, 1.0, 2.0) == pytest.approx(2.0, abs=TOL)  # beats the reference
    assert level_score(5.0, 1.0, 2.0) == 0.0  # beyond the budget


def test_time_limit_ignores_zero_hardness_levels():
    assert time_limit([100.0, 1.0, 3.0], [0.0, 1.0, 2.0]) == pytest.approx(6.0, abs=TOL)
    assert time_limit([100.0, 1.0, 3.0], [0.0, 1.0, 2.0], alpha=3.0) == pytest.approx(9.0, abs=TOL)
    with pytest.raises(ValueError):
        time_limit([1.0, 2.0], [0.0, 0.0])
    with pytest.raises(ValueError):
        time_limit([1.0, 2.0], [1.0])


def test_sample_efficiency_levels():
    ref = [0.001, 0.01, 0.1]
    hard = [0.0, 1.0, 3.0]
    T = time_limit(ref, hard)
    # level 0 neither contributes nor matters when missing
    e_full = sample_efficiency([0.5, 0.02, 0.15], ref, hard)
    expected = (1.0 * level_score(0.02, 0.01, T) + 3.0 * level_score(0.15, 0.1, T)) / 4.0
    assert e_full == pytest.approx(expected, abs=TOL)
    assert sample_efficiency([None, 0.02, 0.15], ref, hard) == pytest.approx(expected, abs=TOL)
    # a timed-out level scores 0
    partial = sample_efficiency([0.001, 0.02, None], ref, hard)
    assert partial == pytest.approx(level_score(0.02, 0.01, T) / 4.0, abs=TOL)
    assert sample_efficiency([None, None, None], ref, hard) == 0.0
    with pytest.raises(ValueError):
        sample_efficiency([0.1, 0.1], ref, hard)


def test_pass_at_k_edges_and_exact():
    assert pass_at_k(10, 0, 3) == 0.0
    assert pass_at_k(10, 8, 3) == 1.0  # n - c < k
    for n in range(1, 25):
        for c in range(n + 1):
            for k in range(1, n + 1):
                exact = 1 - Fraction(math.comb(n - c, k), math.comb(n, k))
                assert pass_at_k(n, c, k) == pytest.approx(float(exact), abs=TOL)
    with pytest.raises(ValueError):
        pass_at_k(5, 6, 1)
    with pytest.raises(ValueError):
        pass_at_k(5, 2, 0)
    with pytest.raises(ValueError):
        pass_at_k(5, 2, 6)


def test_eff_at_k_large_n_matches_exact_binomials():
    n, k = 3000, 40
    scores = [((i * 7919) % 1009) / 1009 for i in range(n)]
    s = sorted(scores)
    denom = math.comb(n, k)
    exact = sum(Fraction(math.comb(r - 1, k - 1), denom) * Fraction(s[r - 1]) for r in range(k, n + 1))
    got = eff_at_k(scores, k)
    assert math.isfinite(got)
    assert got == pytest.approx(float(exact), rel=1e-12)
    assert eff_at_k(scores, n) == max(scores)


def test_mean_over_tasks():
    assert math.isnan(mean_over_tasks({}))
    assert mean_over_tasks({"a": 1.0, "b": 0.0, "c": 0.5}) == pytest.approx(0.5, abs=TOL)


# ---------------------------------------------------------------- eff@k properties


@given(st.lists(scores_st, min_size=1, max_size=8), st.data())
def test_eff_at_k_equals_brute_force(scores, data):
    k = data.draw(st.integers(1, len(scores)))
    subsets = list(itertools.combinations(scores, k))
    brute = math.fsum(max(sub) for sub in subsets) / len(subsets)
    assert eff_at_k(scores, k) == pytest.approx(brute, abs=1e-12)


@given(st.lists(st.booleans(), min_size=1, max_size=60), st.data())
def test_eff_at_k_on_binary_scores_is_pass_at_k(passed, data):
    n = len(passed)
    k = data.draw(st.integers(1, n))
    scores = [1.0 if p else 0.0 for p in passed]
    assert eff_at_k(scores, k) == pytest.approx(pass_at_k(n, sum(passed), k), abs=1e-12)


@given(st.lists(scores_st, min_size=1, max_size=40))
def test_eff_at_k_monotone_in_k_and_extremes(scores):
    n = len(scores)
    values = [eff_at_k(scores, k) for k in range(1, n + 1)]
    for a, b in zip(values, values[1:]):
        assert a <= b + 1e-12
    assert values[0] == pytest.approx(math.fsum(scores) / n, abs=1e-12)  # eff@1 = mean
    assert values[-1] == max(scores)  # eff@n = max


@given(st.lists(scores_st, min_size=1, max_size=30), st.data())
def test_eff_at_k_monotone_in_each_score(scores, data):
    n = len(scores)
    k = data.draw(st.integers(1, n))
    i = data.draw(st.integers(0, n - 1))
    bump = data.draw(st.floats(min_value=0.0, max_value=2.0))
    raised = list(scores)
    raised[i] += bump
    assert eff_at_k(raised, k) >= eff_at_k(scores, k) - 1e-12


# ---------------------------------------------------------------- Hodges-Lehmann properties


def _brute_hl(xs):
    walsh = sorted((a + b) / 2 for a, b in itertools.combinations_with_replacement(xs, 2))
    m = len(walsh)
    return walsh[m // 2] if m % 2 else (walsh[m // 2 - 1] + walsh[m // 2]) / 2


@given(st.lists(finite, min_size=1, max_size=30))
def test_hl_brute_force_and_bounds(xs):
    hl = hodges_lehmann(xs)
    assert hl == pytest.approx(_brute_hl(xs), abs=1e-9)
    assert min(xs) <= hl <= max(xs)


@given(st.lists(finite, min_size=1, max_size=30), finite)
def test_hl_shift_equivariant(xs, c):
    shifted = hodges_lehmann([x + c for x in xs])
    scale = max(1.0, abs(c), max(abs(x) for x in xs))
    assert shifted == pytest.approx(hodges_lehmann(xs) + c, abs=1e-12 * scale * 8)


@given(
    st.lists(finite, min_size=1, max_size=30),
    st.floats(min_value=-1e3, max_value=1e3, allow_nan=False).filter(lambda s: abs(s) > 1e-3),
)
def test_hl_scale_equivariant(xs, s):
    scaled = hodges_lehmann([s * x for x in xs])
    ref = s * hodges_lehmann(xs)
    assert scaled == pytest.approx(ref, rel=1e-12, abs=1e-12 * abs(s) * max(abs(x) for x in xs))
    # powers of two scale exactly in binary floating point
    assert hodges_lehmann([4.0 * x for x in xs]) == 4.0 * hodges_lehmann(xs)
    assert hodges_lehmann([-x for x in xs]) == -hodges_lehmann(xs)


# ---------------------------------------------------------------- pass@k properties


@given(st.integers(1, 200), st.data())
def test_pass_at_k_range_and_monotone_in_c(n, data):
    k = data.draw(st.integers(1, n))
    values = [pass_at_k(n, c, k) for c in range(n + 1)]
    assert all(0.0 <= v <= 1.0 for v in values)
    for a, b in zip(values, values[1:]):
        assert a <= b
    assert values[0] == 0.0 and values[-1] == 1.0


# ---------------------------------------------------------------- ENAMEL level properties


@st.composite
def levels(draw):
    n = draw(st.integers(1, 6))
    ref = [draw(positive_time) for _ in range(n + 1)]
    hard = [0.0] + [draw(st.floats(min_value=0.1, max_value=10.0)) for _ in range(n)]
    alpha = draw(st.floats(min_value=1.01, max_value=10.0))
    return ref, hard, alpha


@given(levels())
def test_sample_efficiency_of_reference_is_exactly_one(lv):
    ref, hard, alpha = lv
    assert sample_efficiency(list(ref), ref, hard, alpha) == 1.0


@given(positive_time, st.floats(min_value=1e-6, max_value=1e3))
def test_level_score_endpoints(t_ref, extra):
    limit = t_ref + extra
    assume(limit > t_ref)
    assert level_score(t_ref, t_ref, limit) == 1.0
    assert level_score(limit, t_ref, limit) == 0.0
