"""EvalPerf's task curation (effbench.scoring.curation): every filter fed pools it must drop and pools it must keep,
at EvalPerf's own defaults (evalplus perf/select_pe_tasks.py: >= 10 profiles, >= 10,000 instructions, P99 CV <= 5 %,
>= 4 tiers at base 0.2)."""
from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from effbench.scoring import build_tiers, curate
from effbench.scoring.curation import (ELIGIBILITY_BASE, MAX_CV_PERCENT, MIN_INSTRUCTIONS, MIN_PROFILE, MIN_TIERS,
                                       coefficient_of_variation)

# Ten solutions in five clear tiers, the cheapest at exactly 10,000 instructions: passes every filter.
GOOD = [1e8, 1e8, 1e7, 1e7, 1e6, 1e6, 1e5, 1e5, 1e4, 1e4]


def one_count(costs):
    return [[c] for c in costs]


def kinds(result) -> set[str]:
    return {r.split(":")[0] for r in result.reasons}


def test_evalperf_defaults():
    assert (MIN_PROFILE, MIN_INSTRUCTIONS, MAX_CV_PERCENT, MIN_TIERS, ELIGIBILITY_BASE) == (10, 10_000, 5, 4, 0.2)


def test_a_good_pool_is_kept():
    result = curate(one_count(GOOD))
    assert result.eligible and result.reasons == () and result.tiers == 5


# ---------------------------------------------------------------- 1. profile size
def test_profile_size_drops_nine_keeps_ten():
    nine = curate(one_count(GOOD[1:]))
    assert not nine.eligible and kinds(nine) == {"profile size"} and "9 correct" in nine.reasons[0]
    assert curate(one_count(GOOD)).eligible


def test_profile_size_drops_a_pool_with_an_unmeasured_solution():
    for hole in (None, [], [1e6, None]):
        result = curate(one_count(GOOD) + [hole])
        assert not result.eligible and kinds(result) == {"profile size"}, hole


# ---------------------------------------------------------------- 2. compute cost
def test_compute_cost_drops_a_solution_under_ten_thousand_instructions():
    cheap = curate(one_count(GOOD[:-1] + [9_999.0]))
    assert not cheap.eligible and kinds(cheap) == {"compute cost"}
    assert curate(one_count(GOOD[:-1] + [10_000.0])).eligible  # EvalPerf drops below the threshold, not at it


def test_compute_cost_uses_the_mean_of_the_repeats():
    # mean exactly 10,000 though one repeat is below: kept (CV 1 %)
    assert curate([[9_900.0, 10_100.0]] + one_count(GOOD[:-1])).eligible
    assert kinds(curate([[9_800.0, 10_100.0]] + one_count(GOOD[:-1]))) == {"compute cost"}


# ---------------------------------------------------------------- 3. coefficient of variation
@pytest.mark.parametrize("spread, kept", [(0.0, True), (0.04, True), (0.05, True), (0.051, False), (0.2, False)])
def test_cv_filter_at_five_percent(spread, kept):
    # two repeats c(1 - s), c(1 + s): population CV = 100 s
    profiles = [[c * (1 - spread), c * (1 + spread)] for c in GOOD]
    result = curate(profiles)
    assert result.eligible is kept
    assert kinds(result) == (set() if kept else {"coefficient of variation"})


def test_cv_filter_is_the_99th_percentile_over_solutions():
    # one noisy solution of ten: P99 (linear interpolation) = 0.91 * its CV
    def pool(cv):
        return [[GOOD[0] * (1 - cv / 100), GOOD[0] * (1 + cv / 100)]] + one_count(GOOD[1:])
    assert curate(pool(5.4)).eligible  # 0.91 * 5.4 = 4.9
    assert not curate(pool(5.6)).eligible  # 0.91 * 5.6 = 5.1


# ---------------------------------------------------------------- 4. clusters
def test_clusters_drop_three_tiers_keep_four():
    three = [1e8] * 4 + [1e7] * 3 + [1e6] * 3
    four = [1e8] * 3 + [1e7] * 3 + [1e6] * 2 + [1e5] * 2
    assert len(build_tiers(three, 0.2)) == 3 and len(build_tiers(four, 0.2)) == 4
    assert kinds(curate(one_count(three))) == {"clusters"}
    assert curate(one_count(four)).eligible


def test_clusters_use_the_stricter_base():
    # a 25 % gap at 1e6 splits at base 0.1 (threshold 0.2) but not at base 0.2 (threshold 0.3)
    pool = [1e8] * 3 + [1e7] * 3 + [1e6] * 2 + [7.5e5] * 2
    assert len(build_tiers(pool, 0.1)) == 4 and len(build_tiers(pool, 0.2)) == 3
    assert kinds(curate(one_count(pool))) == {"clusters"}


def test_every_failed_filter_is_reported():
    result = curate([[5e3 * 0.9, 5e3 * 1.1]] * 3)
    assert kinds(result) == {"profile size", "compute cost", "coefficient of variation", "clusters"}


def test_bad_costs_are_errors():
    for bad in (0.0, -1.0, math.inf, math.nan):
        with pytest.raises(ValueError):
            curate(one_count(GOOD[:-1] + [bad]))


# ---------------------------------------------------------------- each reason, checked independently
profile_st = st.lists(st.floats(min_value=3.0, max_value=8.0).map(lambda e: 10.0 ** e), min_size=1, max_size=4)


@settings(deadline=None, max_examples=150)
@given(st.lists(profile_st, min_size=1, max_size=14))
def test_reasons_match_each_rule_checked_on_its_own(profiles):
    result = curate(profiles)
    means = [statistics.fmean(p) for p in profiles]
    cvs = sorted(100 * statistics.pstdev(p) / statistics.fmean(p) for p in profiles)
    pos = 0.99 * (len(cvs) - 1)
    lo = math.floor(pos)
    p99 = cvs[lo] + (cvs[min(lo + 1, len(cvs) - 1)] - cvs[lo]) * (pos - lo)
    expected = set()
    if len(profiles) < 10:
        expected.add("profile size")
    if min(means) < 10_000:
        expected.add("compute cost")
    if p99 > 5 and not math.isclose(p99, 5, rel_tol=1e-9):
        expected.add("coefficient of variation")
    if len(build_tiers(means, 0.2)) < 4:
        expected.add("clusters")
    got = kinds(result)
    if math.isclose(p99, 5, rel_tol=1e-9):
        got.discard("coefficient of variation")  # at the boundary, rounding decides
    assert got == expected
    assert result.eligible is (result.reasons == ())


@given(profile_st, st.floats(min_value=1e-3, max_value=1e3))
def test_cv_is_scale_free(p, k):
    assert coefficient_of_variation([x * k for x in p]) == pytest.approx(coefficient_of_variation(p), abs=1e-9)
