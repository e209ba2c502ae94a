"""Sound tier matching for timing modes (scoring.dpe.match_tier_sound) and EvalPerf's lazy order handling."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from effbench.scoring import (TierOrderError, build_tiers, hodges_lehmann, match_tier, match_tier_sound,
                              measurably_slower, order_problem)

SCORES = [40.0, 65.0, 85.0, 100.0]
cost_st = st.floats(min_value=3.0, max_value=9.0).map(lambda e: float(round(10.0 ** e)))


def noisy(center: float, n: int, seed: int, spread: float = 0.05) -> list[float]:
    rng = random.Random(seed)
    return [center * (1 + rng.uniform(-spread, spread)) for _ in range(n)]


@settings(deadline=None, max_examples=60)
@given(st.lists(cost_st, min_size=1, max_size=20), cost_st, st.integers(6, 9), st.integers(6, 9))
def test_zero_spread_repeats_match_like_evalperf(pool, cost, n_sample, n_ref):
    """With deterministic repeats, "measurably slower" is "slower": the sound rule is EvalPerf's."""
    tiers = build_tiers(pool)
    reps = [t.representative_cost for t in tiers]
    scores = [t.score for t in tiers]
    assert match_tier_sound([cost] * n_sample, [[r] * n_ref for r in reps], scores) == match_tier(cost, reps, scores)


@settings(deadline=None, max_examples=60)
@given(st.integers(0, 10_000), st.integers(3, 12))
def test_the_representative_itself_earns_its_tier(seed, n):
    """The same code measured twice (the expert scored as a sample against its own tier) is not measurably slower
    however the noise falls, whenever the two series are the same draws in another order."""
    rep = noisy(1e6, n, seed)
    sample = list(reversed(rep))
    reps = [noisy(8e6, n, seed + 1), noisy(4e6, n, seed + 2), noisy(2e6, n, seed + 3), rep]
    assert match_tier_sound(sample, reps, SCORES).tier == 3


def test_a_tie_of_estimates_is_not_a_coin_toss():
    """The sample's estimate lands just above the representative's, within the noise: EvalPerf's comparison of two
    estimates denies the tier, the sound rule keeps it."""
    reps = [[8e6] * 6, [4e6] * 6, [2e6] * 6, [0.95e6, 0.97e6, 1.0e6, 1.01e6, 1.03e6, 1.05e6]]
    sample = [0.96e6, 0.99e6, 1.01e6, 1.02e6, 1.04e6, 1.06e6]
    assert hodges_lehmann(sample) > hodges_lehmann(reps[3])
    assert match_tier(hodges_lehmann(sample), [hodges_lehmann(r) for r in reps], SCORES).tier == 2
    assert match_tier_sound(sample, reps, SCORES).tier == 3


def test_a_measurably_slower_sample_loses_the_tier():
    rep = noisy(1e6, 6, 1)
    slower = noisy(1.3e6, 6, 2)
    assert measurably_slower(slower, rep) and not measurably_slower(rep, slower)
    reps = [noisy(8e6, 6, 3), noisy(4e6, 6, 4), noisy(2e6, 6, 5), rep]
    assert match_tier_sound(slower, reps, SCORES).tier == 2
    assert match_tier_sound(noisy(9e6, 6, 6), reps, SCORES).tier is None


@pytest.mark.parametrize("n, m", [(1, 1), (3, 3), (1, 50), (4, 4)])
def test_too_few_repeats_fall_back_to_the_estimates(n, m):
    """No arrangement of so few repeats reaches alpha = 0.01: the test cannot decide, EvalPerf's comparison does."""
    assert measurably_slower([2.0] * n, [1.0] * m)
    assert not measurably_slower([1.0] * n, [1.0] * m)
    assert not measurably_slower([1.0] * n, [2.0] * m)


@settings(deadline=None, max_examples=60)
@given(st.lists(st.floats(1e5, 1e7), min_size=1, max_size=10), st.lists(st.floats(1e5, 1e7), min_size=1, max_size=10),
       st.floats(1e-3, 1e3))
def test_scale_free(a, b, k):
    assert measurably_slower(a, b) == measurably_slower([x * k for x in a], [x * k for x in b])


def test_sound_validation():
    with pytest.raises(ValueError):
        match_tier_sound([1.0], [[2.0]], [50.0, 100.0])
    with pytest.raises(ValueError):
        match_tier_sound([1.0], [], [])
    with pytest.raises(ValueError):
        match_tier_sound([1.0], [[2.0]], [100.0], alpha=0.0)
    with pytest.raises(ValueError):
        measurably_slower([], [1.0])


# ---------------------------------------------------------------- representatives out of order
def test_lazy_order_keeps_matching_strict_refuses():
    reps, scores = [4e6, 1e6, 2e6], [30.0, 60.0, 100.0]
    with pytest.raises(TierOrderError):
        match_tier(1.5e6, reps, scores)
    assert match_tier(1.5e6, reps, scores, check_order=False).tier == 2  # EvalPerf's scan, fastest tier first
    assert match_tier(3e6, reps, scores, check_order=False).tier == 0
    problem = order_problem(reps)
    assert isinstance(problem, TierOrderError) and problem.positions == ((1, 2),)
    assert order_problem([4e6, 2e6, 1e6]) is None
