"""DPE per (model, task) from records (pure): EvalPerf's Differential Performance Score next to eff@k.

A sample's cost is its measurement on the tier file's input (the estimator over its repeats, or its one count);
the representatives' costs are their measurements in the same run.  Incorrect samples are left out (they count in
pass@k); a correct sample with no cost there (it timed out or crashed first) scores 0.  At most ``max_profile``
correct samples per model and task are profiled, in sample order.

Matching rule, named in the leaderboard (``MATCHING``): in instructions mode EvalPerf's own (the fastest tier whose
representative costs at least as much).  In timing modes a sample earns a tier unless it is measurably slower than
the representative (``scoring.dpe.match_tier_sound``: a one-sided Mann-Whitney U test over the repeats).  The
repeats are used as they are: correcting them for drift with the paired expert runs (expert beside the sample
against expert beside the representatives) was tried and made things worse, since the expert's reference runs
differ from the same code run as a representative moments later by more than the drift (10 % on
anagram-groups-count, cpu mode).  A robust match (bootstrap over the repeats) also reports how sure a comparison of
the two estimates would be.

Representatives re-measured out of order: EvalPerf's default (lazy) is to warn and keep matching; ``strict_order``
makes the task unscorable instead.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from effbench.measuring.records import DPE_TIER_PREFIX, RunRecord, SampleOutcome, Settings
from effbench.sandbox import base
from effbench.scoring.dpe import (SOUND_ALPHA, Match, match_tier, match_tier_robust, match_tier_sound, order_problem,
                                  task_dps)
from effbench.scoring.outcomes import ESTIMATORS

#: The rule that turns a sample's costs into a tier, per measurement mode (shown next to DPS).
MATCHING = {
    "instructions": "evalperf: fastest tier whose representative costs at least as much (one count each)",
    "timing": f"sound: fastest tier the sample is not measurably slower than (one-sided Mann-Whitney U over the "
              f"repeats, alpha {SOUND_ALPHA:g})",
}


def matching_rule(measure: str) -> str:
    return MATCHING["instructions" if measure == "instructions" else "timing"]


@dataclass(frozen=True)
class DpeTierInfo:
    level: int
    test: int
    scores: list


@dataclass(frozen=True)
class TaskDpe:
    per_model: dict  # model -> dps, dps_norm, correct and profiled counts (plus tier_confidence in timing modes)
    problem: str | None = None  # why the task cannot be scored by DPE
    warning: str | None = None  # scored, with a caveat (representatives out of order, lazy mode)


def _runs(runs: list[RunRecord], phase: str, level: int, test: int) -> list[RunRecord]:
    return [r for r in runs if r.phase == phase and r.level == level and r.test == test]


def _values(mine: list[RunRecord], measure: str) -> list[float] | None:
    if mine and all(r.correct or (r.correct is None and r.status == base.OK) for r in mine):
        values = [r.cost(measure) for r in mine]
        if all(v is not None for v in values):
            return [v for v in values if v is not None]  # all of them
    return None


def _costs(runs: list[RunRecord], level: int, test: int, measure: str) -> list[float] | None:
    """A subject's measurements on the DPE input with a checked, right output: from its ENAMEL runs when all of
    them got there, else from its DPE profiling phase; None when neither did (failed, or killed first)."""
    for phase in ("level", "dpe"):
        values = _values(_runs(runs, phase, level, test), measure)
        if values is not None:
            return values
    return None


def task_dpe(info: DpeTierInfo, runs_by_subject: dict[str, list[RunRecord]], outcomes: list[SampleOutcome],
             settings: Settings, max_profile: int, strict_order: bool = False,
             per_sample: dict[str, Match] | None = None) -> TaskDpe:
    """Per model: dps, dps_norm, profiled and correct counts (plus robust figures in timing modes); or the reason
    the task cannot be scored by DPE.  *per_sample*, when given, receives each profiled sample's match by sample
    key (the report shows it)."""
    estimate = ESTIMATORS["min" if settings.measure == "instructions" else settings.estimator]
    rep_runs = []
    for i in range(len(info.scores)):
        costs = _costs(runs_by_subject.get(f"{DPE_TIER_PREFIX}{i}", []), info.level, info.test, settings.measure)
        if costs is None:
            return TaskDpe({}, f"tier representative {i} failed or was not measured")
        rep_runs.append(costs)
    reps = [estimate(c) for c in rep_runs]
    disorder = order_problem(reps)
    warning = None
    if disorder is not None:
        if strict_order:
            return TaskDpe({}, f"representatives measured out of order: {disorder}")
        warning = f"representatives measured out of order (matched anyway, EvalPerf's lazy default): {disorder}"
    by_model: dict[str, list[SampleOutcome]] = defaultdict(list)
    for o in outcomes:
        by_model[o.model].append(o)
    result = {}
    timing = settings.measure != "instructions"
    for model, outs in sorted(by_model.items()):
        correct = [o for o in outs if o.status == "passed"]
        matches, confidences = [], []
        for o in correct[:max_profile]:
            costs = _costs(runs_by_subject.get(o.key, []), info.level, info.test, settings.measure)
            if costs is None:
                match = Match(None, 0.0, 0.0)
            elif not timing:
                match = match_tier(estimate(costs), reps, info.scores, check_order=False)
            else:
                match = match_tier_sound(costs, rep_runs, info.scores)
                confidences.append(match_tier_robust(costs, rep_runs, info.scores, check_order=False).confidence)
            matches.append(match)
            if per_sample is not None:
                per_sample[o.key] = match
        entry: dict[str, float] = {"correct": len(correct), "profiled": len(matches)}
        scored = task_dps(matches)
        if scored is not None:
            entry["dps"], entry["dps_norm"] = scored
        if confidences:
            entry["tier_confidence"] = sum(confidences) / len(confidences)
        result[model] = entry
    if not any(e["profiled"] for e in result.values()):
        return TaskDpe(result, "no correct sample to profile", warning)
    return TaskDpe(result, None, warning)
