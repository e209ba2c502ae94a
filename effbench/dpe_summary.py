"""DPE per (model, task) from records (pure): EvalPerf's Differential Performance Score next to eff@k.

A sample's cost is its measurement on the tier file's input (the estimator over its repeats, or its one count);
the representatives' costs are their measurements in the same run.  Incorrect samples are left out (they count in
pass@k); a correct sample with no cost there (it timed out or crashed first) scores 0.  At most ``max_profile``
correct samples per model and task are profiled, in sample order.  In timing modes a robust match (bootstrap over
the repeats) reports how sure the tier assignment is; the exact match stays the one called DPS.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .records import TIER_PREFIX, RunRecord, SampleOutcome, Settings
from .sandbox import base
from .scoring.dpe import Match, TierOrderError, match_tier, match_tier_robust, task_dps
from .summary import ESTIMATORS


@dataclass(frozen=True)
class TierInfo:
    level: int
    test: int
    scores: list


def _costs(runs: list[RunRecord], level: int, test: int, measure: str) -> list[float] | None:
    """A subject's measurements on the DPE input with a checked, right output: from its ENAMEL runs when all of
    them got there, else from its DPE profiling phase; None when neither did (failed, or killed first)."""
    for phase in ("level", "dpe"):
        mine = [r for r in runs if r.phase == phase and r.level == level and r.test == test]
        if mine and all(r.correct or (r.correct is None and r.status == base.OK) for r in mine):
            values = [r.time(measure) for r in mine]
            if all(v is not None for v in values):
                return values
    return None


def task_dpe(info: TierInfo, runs_by_subject: dict[str, list[RunRecord]], outcomes: list[SampleOutcome],
             settings: Settings, max_profile: int,
             per_sample: dict[str, Match] | None = None) -> tuple[dict[str, dict], str | None]:
    """Per model: dps, dps_norm, profiled and correct counts (plus robust figures in timing modes);
    or an empty result and the reason the task cannot be scored by DPE.  *per_sample*, when given, receives each
    profiled sample's exact match by sample key (the report shows it)."""
    estimate = ESTIMATORS["min" if settings.measure == "instructions" else settings.estimator]
    rep_runs = []
    for i in range(len(info.scores)):
        costs = _costs(runs_by_subject.get(f"{TIER_PREFIX}{i}", []), info.level, info.test, settings.measure)
        if costs is None:
            return {}, f"tier representative {i} failed or was not measured"
        rep_runs.append(costs)
    reps = [estimate(c) for c in rep_runs]
    try:
        match_tier(reps[-1], reps, info.scores)
    except TierOrderError as exc:
        return {}, f"representatives measured out of order: {exc}"
    by_model: dict[str, list[SampleOutcome]] = defaultdict(list)
    for o in outcomes:
        by_model[o.model].append(o)
    result = {}
    robust = settings.measure != "instructions"
    for model, outs in sorted(by_model.items()):
        correct = [o for o in outs if o.status == "passed"]
        matches, confidences = [], []
        for o in correct[:max_profile]:
            costs = _costs(runs_by_subject.get(o.key, []), info.level, info.test, settings.measure)
            matches.append(Match(None, 0.0, 0.0) if costs is None else match_tier(estimate(costs), reps, info.scores))
            if per_sample is not None:
                per_sample[o.key] = matches[-1]
            if costs is None:
                continue
            if robust:
                confidences.append(match_tier_robust(costs, rep_runs, info.scores).confidence)
        entry = {"correct": len(correct), "profiled": len(matches)}
        scored = task_dps(matches)
        if scored is not None:
            entry["dps"], entry["dps_norm"] = scored
        if confidences:
            entry["tier_confidence"] = sum(confidences) / len(confidences)
        result[model] = entry
    if not any(e["profiled"] for e in result.values()):
        return result, "no correct sample to profile"
    return result, None
