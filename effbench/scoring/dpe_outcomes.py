"""DPE per (model, task) from records (pure): EvalPerf's Differential Performance Score next to eff@k.

A sample's cost is its measurement on the tier file's input (the estimator over its repeats, or its one count);
the representatives' costs are their measurements in the same run.  Incorrect samples are left out (they count in
pass@k); a correct sample with no cost there (it timed out or crashed first) scores 0.  At most ``max_profile``
correct samples per model and task are profiled, in sample order.

Matching rule, named in the leaderboard (``MATCHING``): in instructions mode EvalPerf's own (the fastest tier whose
representative costs at least as much).  In timing modes a sample earns a tier unless it is measurably slower than
the representative (``scoring.dpe.match_tier_sound``: a one-sided Mann-Whitney U test over the repeats).  Each
repeat enters the test as its cost over that of the expert run beside it (the plan pairs the representatives' runs
as it pairs the samples'): the representatives are measured back to back, a sample minutes later, and a VM's speed
drifts by more than the gap the test is asked to find (the expert scored as a sample ran 4 to 9 % slower than the
same code as its own tier's representative on 5 of 103 tasks in one cpu run, and its paired expert runs moved with
it).  Runs without an expert beside each repeat (pairing turned off, a run directory from before) are compared as
they are.  An earlier correction used the expert's reference runs, measured at the run's start, and made things
worse: they are as far from the representatives in time as the sample.  A robust match (bootstrap over the
repeats) also reports how sure a comparison of the two estimates would be.

Representatives re-measured out of order: EvalPerf's default (lazy) is to warn and keep matching; ``strict_order``
makes the task unscorable instead.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from effbench.measuring.records import DPE_TIER_PREFIX, PAIR_PREFIX, PASSED, RunRecord, SampleOutcome, Settings
from effbench.sandbox import base
from effbench.scoring.dpe import SOUND_ALPHA, Match, match_tier, match_tier_sound, order_problem, task_dps
from effbench.scoring.dpe_robust import match_tier_robust
from effbench.scoring.outcomes import ESTIMATORS

#: The rule that turns a sample's costs into a tier, per measurement mode (shown next to DPS).
MATCHING = {
    "instructions": "evalperf: fastest tier whose representative costs at least as much (one count each)",
    "timing": f"sound: fastest tier the sample is not measurably slower than (one-sided Mann-Whitney U over the "
              f"repeats, each over the expert run beside it, alpha {SOUND_ALPHA:g})",
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


class ProfileQuota:
    """Which correct samples DPE profiles (EvalPerf profiles a bounded number): per model, its first *max_profile*
    passed samples, in sample order.  Asked of each sample in that order, once."""

    def __init__(self, max_profile: int):
        self.max_profile = max_profile
        self.taken: dict[str, int] = defaultdict(int)

    def take(self, outcome: SampleOutcome) -> bool:
        if outcome.status != PASSED or self.taken[outcome.model] >= self.max_profile:
            return False
        self.taken[outcome.model] += 1
        return True


def subject_costs(runs_by_subject: dict[str, list[RunRecord]], subject: str, info: DpeTierInfo,
                   measure: str) -> tuple[list[float] | None, list[float] | None]:
    """A subject's costs on the DPE input with a checked, right output: from its ENAMEL runs when all of them got
    there, else from its DPE profiling phase; None when neither did (failed, or killed first).  Second, the same
    costs each over the cost of the expert run beside it (same phase, input and repeat): None unless every one has
    such a partner, measured and right (never in instructions mode, which pairs nothing)."""
    runs = runs_by_subject.get(subject, [])
    for phase in ("level", "dpe"):
        mine = _runs(runs, phase, info.level, info.test)
        values = _values(mine, measure)
        if values is not None:
            return values, _relative(mine, values, runs_by_subject.get(PAIR_PREFIX + subject, []), measure)
    return None, None


def _relative(mine: list[RunRecord], values: list[float], pairs: list[RunRecord], measure: str) -> list[float] | None:
    beside = {(r.phase, r.level, r.test, r.repeat): r for r in pairs}
    out = []
    for rec, cost in zip(mine, values):
        partner = beside.get((rec.phase, rec.level, rec.test, rec.repeat))
        base_cost = partner.cost(measure) if partner is not None and partner.correct else None
        if base_cost is None or base_cost <= 0:
            return None
        out.append(cost / base_cost)
    return out


def task_dpe(info: DpeTierInfo, runs_by_subject: dict[str, list[RunRecord]], outcomes: list[SampleOutcome],
             settings: Settings, max_profile: int, strict_order: bool = False,
             per_sample: dict[str, Match] | None = None, sample_costs: Mapping[str, tuple] | None = None) -> TaskDpe:
    """Per model: dps, dps_norm, profiled and correct counts (plus robust figures in timing modes); or the reason
    the task cannot be scored by DPE.  *per_sample*, when given, receives each profiled sample's match by sample
    key (the report shows it).  *sample_costs*, when given, holds each profiled sample's :func:`subject_costs` by
    sample key, taken while its records were at hand (a scorer that reads a sample at a time), and then
    *runs_by_subject* needs only the representatives'."""
    estimate = ESTIMATORS["min" if settings.measure == "instructions" else settings.estimator]
    rep_runs, rep_relative = [], []
    for i in range(len(info.scores)):
        costs, relative = subject_costs(runs_by_subject, f"{DPE_TIER_PREFIX}{i}", info, settings.measure)
        if costs is None:
            return TaskDpe({}, f"tier representative {i} failed or was not measured")
        rep_runs.append(costs)
        rep_relative.append(relative)
    reps = [estimate(c) for c in rep_runs]
    timing = settings.measure != "instructions"
    # drift-free comparison only when every representative has its partners (else the costs as they are)
    complete = [r for r in rep_relative if r is not None]
    relative_reps = complete if len(complete) == len(rep_relative) else None
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
    quota = ProfileQuota(max_profile)
    for model, outs in sorted(by_model.items()):
        correct = [o for o in outs if o.status == PASSED]
        matches, confidences = [], []
        for o in filter(quota.take, correct):
            costs, relative = (sample_costs[o.key] if sample_costs is not None
                               else subject_costs(runs_by_subject, o.key, info, settings.measure))
            if costs is None:
                match = Match(None, 0.0, 0.0)
            elif not timing:
                match = match_tier(estimate(costs), reps, info.scores, check_order=False)
            else:
                mine, theirs = ((relative, relative_reps) if relative is not None and relative_reps is not None
                                else (costs, rep_runs))
                match = match_tier_sound(mine, theirs, info.scores)
                confidences.append(match_tier_robust(mine, theirs, info.scores, check_order=False).confidence)
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
