"""From measurement records to per-sample outcomes (pure: no I/O, no sandbox).

ENAMEL's rules, applied to what the records say:
* per test, the time is the estimator (Hodges-Lehmann by default) over its repeats; a level's time is its worst test;
* the reference's level times t*_l give the limit T = alpha * max_l t*_l;
* a failure anywhere fails the sample (efficiency 0); a timeout or memory error at level 0 or on the hand cases fails
  it too; at a level >= 1 it zeroes that level and the later ones;
* an infrastructure failure makes the sample ``infra`` (excluded from every score, reported apart);
* a sample whose records stop short without a reason (an interrupted run) is ``incomplete``.

The harness's fixed cost is not the subject's: per scored test, the null program's estimate (records of subject
``null:harness``: same input, same measured region, a trivial body; see :func:`harness_offsets`) is subtracted from
every subject's estimate on that test, the expert's included, before anything is compared or scored.

Timing modes add one rule ENAMEL lacks: a run judged over T is re-measured once (phase ``confirm``, with its pair)
before it stops the sample, and the re-measurement stands in for it (:func:`settle`).  One spike of a noisy VM then
no longer zeroes a level and every later one.
"""
from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any
from dataclasses import dataclass, replace

from effbench.measuring.records import (FAILED, FAILURES, INCOMPLETE, INFRA_FAILED, OVER_LIMIT, PASSED, RunRecord,
                                        SampleInfo, SampleOutcome, Settings)
from effbench.sandbox import base
from effbench.scoring.efficiency import hodges_lehmann, sample_efficiency, time_limit

ESTIMATORS: dict[str, Callable[[Sequence[float]], float]] = {
    "hodges-lehmann": hodges_lehmann,
    "median": statistics.median,
    "min": min,
}


@dataclass(frozen=True)
class ReferenceProfile:
    level_times: list   # t*_l in the run's measure (seconds or instructions)
    limit: float        # T = alpha * max t*_l, same unit
    wall_max: float     # slowest wall time of a scored reference run: what kill deadlines are scaled from

    def cost(self, hardness) -> float:
        """The expert's cost of the task: its level times summed over the scored levels (hardness > 0).  The expert
        is re-measured in every run, so this figure over a series of runs moves with the machine and the
        interpreter, not with any model (``effbench history``)."""
        return float(sum(t for t, h in zip(self.level_times, hardness) if h > 0))


CONFIRM = "confirm"


def settle(runs: list[RunRecord]) -> list[RunRecord]:
    """The records as scored: a ``confirm`` re-measurement replaces the ``level`` run it re-measured (same task,
    subject, level, test and repeat).  Pure: the store keeps both."""
    confirms = {(r.task, r.subject, r.level, r.test, r.repeat): r for r in runs if r.phase == CONFIRM}
    if not confirms:
        return runs
    out = []
    for r in runs:
        if r.phase == CONFIRM:
            continue
        again = confirms.get((r.task, r.subject, r.level, r.test, r.repeat)) if r.phase == "level" else None
        out.append(r if again is None else replace(again, phase="level"))
    return out


def _per_test(runs: list[RunRecord], settings: Settings) -> dict[tuple[int, int], float]:
    """(level, test) -> the estimator over the test's repeats, from the ok level runs."""
    estimate = ESTIMATORS[settings.estimator]
    per_test: dict[tuple[int, int], list[float]] = defaultdict(list)
    for r in runs:
        cost = r.cost(settings.measure)
        if r.phase == "level" and r.status == base.OK and cost is not None:
            per_test[(r.level, r.test)].append(cost)
    return {key: estimate(times) for key, times in per_test.items()}


def harness_offsets(null_runs: list[RunRecord], settings: Settings) -> dict[tuple[int, int], float]:
    """The harness's fixed cost per (level, test): what the null program costs there (empty for runs made before
    null programs were measured: nothing is subtracted from them)."""
    return _per_test(null_runs, settings)


# The subtraction never takes more than this share of a measurement: a cost that close to the harness's own is at
# the harness's resolution (and noise could take it to 0 or below, which no limit T can be made of).
MAX_OFFSET_SHARE = 0.95


def net_cost(value: float, offset: float) -> float:
    """A measured cost less the harness's fixed cost, keeping at least 1 - MAX_OFFSET_SHARE of it."""
    return max(value - offset, value * (1 - MAX_OFFSET_SHARE))


def _level_times(runs: list[RunRecord], n_levels: int, settings: Settings, offsets: dict | None = None) -> list:
    """Worst test per level of the per-test estimates, each net of the harness's fixed cost on that test
    (:func:`net_cost`); None where a level has no complete measurements."""
    offsets = offsets or {}
    out: list = [None] * n_levels
    for (level, test), value in _per_test(runs, settings).items():
        value = net_cost(value, offsets.get((level, test), 0.0))
        out[level] = value if out[level] is None else max(out[level], value)
    return out


def reference_profile(runs: list[RunRecord], hardness, settings: Settings,
                      offsets: dict | None = None) -> ReferenceProfile:
    times = _level_times(runs, len(hardness), settings, offsets)
    scored = [t for t, h in zip(times, hardness) if h > 0]
    if any(t is None or t <= 0 for t in scored):
        raise ValueError("reference has unmeasured levels")
    walls = [r.wall_time for r in runs if r.phase == "level" and hardness[r.level] > 0 and r.wall_time]
    return ReferenceProfile(times, time_limit(times, hardness, settings.alpha), max(walls))


def paired_profile(profile: ReferenceProfile, pair_runs: list[RunRecord], settings: Settings,
                   n_levels: int, offsets: dict | None = None) -> ReferenceProfile:
    """The reference times measured interleaved with one sample, level by level where they exist (levels the
    sample never reached keep the task's); the limit T stays the task's, as the run's stop decisions used it."""
    paired = _level_times(pair_runs, n_levels, settings, offsets)
    times = [p if p is not None else t for p, t in zip(paired, profile.level_times)]
    return ReferenceProfile(times, profile.limit, profile.wall_max)


def sample_outcome(info: SampleInfo, runs: list[RunRecord], profile: ReferenceProfile, tests: tuple[int, ...],
                   hardness: tuple[float, ...], settings: Settings, offsets: dict | None = None) -> SampleOutcome:
    ident: dict[str, Any] = dict(key=info.key, task_id=info.task_id, model=info.model, sample_id=info.sample_id)
    peaks = [r.peak_kb for r in runs if r.peak_kb is not None]
    peak = max(peaks) if peaks else None
    infra = [r for r in runs if r.status == base.INFRA]
    if infra:
        return SampleOutcome(status=INFRA_FAILED, failure=base.INFRA, detail=infra[0].detail, peak_kb=peak, **ident)
    # ENAMEL's plan only: the DPE profiling phase (see measure.profile_for_dpe) does not touch eff@k or pass@k
    runs = sorted((r for r in runs if r.phase in ("cases", "level")),
                  key=lambda r: (r.phase != "cases", r.level, r.test, r.repeat))
    stop = next((r for r in runs if r.status != base.OK), None)
    if stop is not None:
        where = "hand cases" if stop.phase == "cases" else f"level {stop.level} test {stop.test}"
        failure = f"{stop.status} on {where}"
        if stop.status in FAILURES or stop.phase == "cases" or stop.level == 0 or stop.status not in OVER_LIMIT:
            return SampleOutcome(status=FAILED, failure=failure, detail=stop.detail, peak_kb=peak, **ident)
        first_zero = stop.level
    else:
        first_zero = len(hardness)
        failure = ""
    # completeness: everything up to the stop must be there
    have = {(r.level, r.test, r.repeat) for r in runs if r.phase == "level"}
    if not any(r.phase == "cases" for r in runs) or any(
            (lvl, t, rep) not in have
            for lvl in range(first_zero) for t in range(tests[lvl])
            for rep in range(settings.repeats_at(hardness[lvl]))):
        return SampleOutcome(status=INCOMPLETE, failure="not fully measured", peak_kb=peak, **ident)
    times = _level_times(runs, len(hardness), settings, offsets)
    times = [t if lvl < first_zero else None for lvl, t in enumerate(times)]
    eff = sample_efficiency(times, profile.level_times, hardness, settings.alpha)
    return SampleOutcome(status=PASSED, efficiency=eff, level_times=times, failure=failure,
                         detail=stop.detail if stop else "", peak_kb=peak, **ident)
