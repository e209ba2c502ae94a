"""Tests for effbench.scoring.dpe (EvalPerf DPE tiers, matching, robust matching)."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from effbench.scoring import (
                              Match,
                              RobustMatch,
                              TierOrderError,
                              build_tiers,
                              dpe_eligible,
                              hodges_lehmann,
                              match_tier,
                              match_tier_robust,
                              suite_dps,
                              task_dps,
                              )

TOL = 1e-12
REPS = [6.4e7, 1.6e7, 4e6, 1e6]
SCORES = [40.0, 65.0, 85.0, 100.0]

# Costs on EvalPerf's scale (CPU instructions); log-uniform so that pools split.
cost_st = st.floats(min_value=3.0, max_value=9.0).map(lambda e: float(round(10.0**e)))
pool_st = st.lists(cost_st, min_size=1, max_size=40)
base_st = st.sampled_from([0.0, 0.1, 0.2, 0.5])


def _splits(a: float, b: float, base: float) -> bool:
    return (a - b) / a > base + math.sqrt(10000.0 / a)


def _rank(m: Match) -> int:
    return -1 if m.tier is None else m.tier


# ---------------------------------------------------------------- known values


@pytest.mark.parametrize(
    "cost, tier, dps, dps_norm",
    [
        (5e5, 3, 100.0, 100.0),
        (1.6e7, 1, 65.0, 50.0),
        (1.6e7 + 1, 0, 40.0, 25.0),
        (2e6, 2, 85.0, 75.0),
        (7e7, None, 0.0, 0.0),
    ],
)
def test_match_tier_known_values(cost, tier, dps, dps_norm):
    m = match_tier(cost, REPS, SCORES)
    assert m.tier == tier
    assert m.dps == pytest.approx(dps, abs=TOL)
    assert m.dps_norm == pytest.approx(dps_norm, abs=TOL)


# ---------------------------------------------------------------- build_tiers


@given(pool_st, base_st)
def test_build_tiers_structure(pool, base):
    tiers = build_tiers(pool, base)
    # partition: the members' multiset union is the pool
    members = [c for t in tiers for c in t.members]
    assert Counter(members) == Counter(float(c) for c in pool)
    # members are listed slowest first and concatenate to the sorted pool
    assert members == sorted(pool, reverse=True)
    reps = [t.representative_cost for t in tiers]
    assert all(t.representative_cost == max(t.members) for t in tiers)
    assert all(a > b for a, b in zip(reps, reps[1:]))
    scores = [t.score for t in tiers]
    assert all(a < b for a, b in zip(scores, scores[1:]))
    assert scores[-1] == 100.0
    seen = 0
    for t in tiers:
        seen += len(t.members)
        assert t.score == pytest.approx(100.0 * seen / len(pool), abs=TOL)


@given(pool_st, base_st)
def test_build_tiers_split_rule_pairwise(pool, base):
    tiers = build_tiers(pool, base)
    for t in tiers:  # inside a tier no consecutive gap satisfies the rule
        for a, b in zip(t.members, t.members[1:]):
            assert not _splits(a, b, base)
    for slow, fast in zip(tiers, tiers[1:]):  # every boundary gap does
        assert _splits(min(slow.members), max(fast.members), base)


@given(st.lists(st.floats(min_value=1.0, max_value=9999.0), min_size=1, max_size=20))
def test_cheap_costs_never_split(pool):
    # sqrt(10000 / a) > 1 >= any relative gap when a < 10000
    assert len(build_tiers(pool, 0.0)) == 1


def test_build_tiers_errors():
    with pytest.raises(ValueError):
        build_tiers([])
    with pytest.raises(ValueError):
        build_tiers([1e6, 0.0])
    with pytest.raises(ValueError):
        build_tiers([1e6, -5.0])
    with pytest.raises(ValueError):
        build_tiers([1e6, float("nan")])


def test_dpe_eligible():
    spread = [1e9, 1e8, 1e7, 1e6]  # every gap is 90%: 4 tiers at any base <= 0.5
    assert dpe_eligible(spread)
    assert not dpe_eligible(spread, min_tiers=5)
    assert not dpe_eligible([1e6, 1e6, 1e6, 1e6])


@given(pool_st, st.integers(1, 6))
def test_dpe_eligible_uses_base_point_two(pool, min_tiers):
    assert dpe_eligible(pool, min_tiers) == (len(build_tiers(pool, 0.2)) >= min_tiers)


# ---------------------------------------------------------------- match_tier


@given(pool_st, cost_st, cost_st)
def test_matching_monotone(pool, c1, c2):
    tiers = build_tiers(pool)
    reps = [t.representative_cost for t in tiers]
    scores = [t.score for t in tiers]
    cheap, dear = sorted([c1, c2])
    m_cheap, m_dear = match_tier(cheap, reps, scores), match_tier(dear, reps, scores)
    assert _rank(m_cheap) >= _rank(m_dear)
    assert m_cheap.dps >= m_dear.dps and m_cheap.dps_norm >= m_dear.dps_norm


@given(pool_st)
def test_representative_matches_own_tier(pool):
    tiers = build_tiers(pool)
    reps = [t.representative_cost for t in tiers]
    scores = [t.score for t in tiers]
    for j, t in enumerate(tiers):
        m = match_tier(t.representative_cost, reps, scores)
        assert m.tier == j and m.dps == t.score
        assert m.dps_norm == pytest.approx(100.0 * (j + 1) / len(tiers), abs=TOL)
        # every member of the tier is matched to it too
        for c in t.members:
            assert match_tier(c, reps, scores).tier == j
        # just slower than the representative drops one tier
        m_slow = match_tier(math.nextafter(t.representative_cost, math.inf), reps, scores)
        assert _rank(m_slow) == j - 1


@given(st.lists(cost_st, min_size=2, max_size=8, unique=True), st.data())
def test_tier_order_error(values, data):
    reps = sorted(values, reverse=True)
    i = data.draw(st.integers(0, len(reps) - 2))
    bad = list(reps)
    if data.draw(st.booleans()):
        bad[i], bad[i + 1] = bad[i + 1], bad[i]  # swapped neighbours
    else:
        bad[i + 1] = bad[i]  # a tie is not strictly decreasing either
    with pytest.raises(TierOrderError) as exc:
        match_tier(1.0, bad, list(range(len(bad))))
    assert isinstance(exc.value, ValueError)
    assert (i, i + 1) in exc.value.positions
    assert f"({i}, {i + 1})" in str(exc.value)


def test_tier_order_error_shows_times_without_the_floats_tail_and_counts_whole():
    """Seen in a cpu-mode report: '0.111165462 <= 0.12565732200000002'."""
    assert str(TierOrderError([(0, 1)], [0.111165462, 0.12565732200000002])).endswith(
        "(0, 1): 0.111165462 <= 0.125657322")
    assert str(TierOrderError([(1, 2)], [3, 12345678, 123456789])).endswith("(1, 2): 12345678 <= 123456789")


def test_match_tier_validation():
    with pytest.raises(ValueError):
        match_tier(1.0, [3.0, 2.0], [50.0])
    with pytest.raises(ValueError):
        match_tier(1.0, [], [])
    with pytest.raises(ValueError):
        match_tier(float("nan"), REPS, SCORES)


# ---------------------------------------------------------------- aggregation


def test_task_dps():
    assert task_dps([]) is None
    ms = [match_tier(c, REPS, SCORES) for c in (5e5, 1.6e7, 7e7)]
    dps, norm = task_dps(ms)
    assert dps == pytest.approx((100 + 65 + 0) / 3, abs=TOL)
    assert norm == pytest.approx((100 + 50 + 0) / 3, abs=TOL)


def test_suite_dps():
    per_task = {"a": (80.0, 60.0), "b": (20.0, 40.0), "c": (50.0, 50.0)}
    counts = {"a": 12, "b": 10, "c": 3}
    assert suite_dps(per_task, counts) == pytest.approx((50.0, 50.0), abs=TOL)
    assert suite_dps(per_task, counts, min_correct=11) == pytest.approx((80.0, 60.0), abs=TOL)
    assert suite_dps(per_task, counts, min_correct=0) == pytest.approx((50.0, 50.0), abs=TOL)
    assert suite_dps(per_task, {"a": 0, "b": 0, "c": 0}, min_correct=0) is not None
    assert suite_dps(per_task, counts, min_correct=13) is None
    assert suite_dps({}, {}, min_correct=0) is None
    with pytest.raises(ValueError):
        suite_dps(per_task, {"a": 12})


# ---------------------------------------------------------------- robust matching


@settings(deadline=None, max_examples=40)
@given(pool_st, cost_st, st.integers(1, 6), st.integers(1, 6))
def test_robust_zero_spread_equals_match_tier(pool, cost, n_sample, n_ref):
    tiers = build_tiers(pool)
    reps = [t.representative_cost for t in tiers]
    scores = [t.score for t in tiers]
    plain = match_tier(cost, reps, scores)
    robust = match_tier_robust([cost] * n_sample, [[r] * n_ref for r in reps], scores)
    assert isinstance(robust, RobustMatch)
    assert (robust.tier, robust.dps, robust.dps_norm) == (plain.tier, plain.dps, plain.dps_norm)
    assert robust.confidence == 1.0 and robust.reliable


def test_robust_overlapping_repeats_are_uncertain():
    noisy = [8e5, 9e5, 1e6, 1.1e6, 1.2e6, 9.5e5, 1.05e6]
    reps = [[6.4e7] * 5, [1.6e7] * 5, [4e6] * 5, list(noisy)]
    m = match_tier_robust(list(noisy), reps, SCORES)
    assert m.tier == 3  # identical HL estimates: a tie earns the tier
    assert 0.0 < m.confidence < 1.0
    assert not m.reliable
    assert match_tier_robust(list(noisy), reps, SCORES, confidence=m.confidence).reliable
    assert match_tier_robust(list(noisy), reps, SCORES) == m  # seeded: deterministic


@settings(deadline=None, max_examples=30)
@given(
    st.lists(st.floats(min_value=1e6, max_value=2e6), min_size=1, max_size=8),
    st.lists(st.floats(min_value=1.3e6, max_value=1.7e6), min_size=1, max_size=8),
)
def test_robust_point_estimate_and_range(sample, middle):
    reps = [[5e6, 5.1e6], middle, [2e5, 2.2e5]]
    scores = [30.0, 70.0, 100.0]
    m = match_tier_robust(sample, reps, scores)
    plain = match_tier(hodges_lehmann(sample), [hodges_lehmann(r) for r in reps], scores)
    assert (m.tier, m.dps, m.dps_norm) == (plain.tier, plain.dps, plain.dps_norm)
    assert 0.0 <= m.confidence <= 1.0


def test_robust_validation():
    with pytest.raises(TierOrderError):
        match_tier_robust([1e6], [[1e6], [2e6]], [50.0, 100.0])
    with pytest.raises(ValueError):
        match_tier_robust([], [[2e6], [1e6]], [50.0, 100.0])
    with pytest.raises(ValueError):
        match_tier_robust([1e6], [[2e6], []], [50.0, 100.0])
    with pytest.raises(ValueError):
        match_tier_robust([1e6], [[2e6], [1e6]], [50.0, 100.0], confidence=0.0)
