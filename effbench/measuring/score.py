"""Scoring a run's records (pure: what it reads comes from a :class:`Groups`, which a caller makes from a list or
from the run store's :class:`~effbench.measuring.record_file.RecordGroups`).

Scoring takes a run a subject at a time: per task, the expert's, the null program's and the DPE representatives'
records; then per sample its own and the expert's paired with it, from which come its outcome, its memory score
and its costs on the DPE input, after which its records are dropped.  What is kept grows with the samples (one
outcome each), never with their records: a run of ten thousand samples has seventy times as many.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from effbench.measuring.records import (DPE_TIER_PREFIX, NULL_SUBJECT, PAIR_PREFIX, PASSED, REF_PREFIX, RunRecord,
                                        Settings)
from effbench.scoring.dpe import DPE_DEFAULTS
from effbench.scoring.dpe_outcomes import (DpeTierInfo, ProfileQuota, TaskDpe, matching_rule, subject_costs,
                                           task_dpe)
from effbench.scoring.leaderboard import build_leaderboard
from effbench.scoring.memory import attach_memory, passed_sample_memory, unmeasured_runs
from effbench.scoring.outcomes import harness_offsets, paired_profile, reference_profile, sample_outcome, settle


class Groups(Protocol):
    """A run's records by (task, subject)."""

    def all_keys(self) -> list[tuple[str, str]]: ...

    def runs(self, task: str, subject: str) -> list[RunRecord]: ...


class ListGroups:
    """Records in memory, grouped as they come (none dropped: a list is scored as it is)."""

    def __init__(self, records: list[RunRecord]):
        self._by: dict[tuple[str, str], list[RunRecord]] = defaultdict(list)
        for rec in records:
            self._by[(rec.task, rec.subject)].append(rec)

    def all_keys(self) -> list[tuple[str, str]]:
        return list(self._by)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        return self._by.get((task, subject), [])


@dataclass
class Scored:
    outcomes: list
    profiles: dict
    unscorable: dict
    board: dict
    offsets: dict  # task id -> {(level, test): the harness's own cost there} (outcomes.harness_offsets)


def score_records(meta: dict, samples: list, records: list, ks: list[int], scoring: dict) -> Scored:
    """The scoring of ``effbench score`` without the store: run.json's *meta*, the samples, the records."""
    return score_groups(meta, samples, ListGroups(records), ks, scoring)


def settled(groups: Groups, task: str, subject: str) -> list[RunRecord]:
    """A subject's records as they are scored (the one rule, for scoring and every report read from records): a
    later record with a key already held in its place (the group's reading), a re-measurement in place of the run
    it re-measured (:func:`~effbench.scoring.outcomes.settle`)."""
    return settle(groups.runs(task, subject))


def tier_input(info: dict, scoring: dict) -> DpeTierInfo | None:
    """The tier input a task's DPE is scored on (run.json's ``tiers``), None when DPE does not score the task: it
    has no tier file, or one EvalPerf's curation drops and *scoring* leaves such tasks out."""
    tiers = info.get("tiers")
    if not tiers or (tiers.get("eligible") is False and not scoring["dpe_include_ineligible"]):
        return None
    return DpeTierInfo(tiers["level"], tiers["test"], tiers["scores"])


def sample_costs(runs: list[RunRecord], pair: list[RunRecord], key: str, tier: DpeTierInfo, measure: str) -> tuple:
    """A profiled sample's costs on the tier input, from its settled records and its pair's."""
    return subject_costs({key: runs, PAIR_PREFIX + key: pair}, key, tier, measure)


def score_task_dpe(read: Callable[[str, str], list[RunRecord]], task_id: str, tier: DpeTierInfo, outcomes: list,
                   settings: Settings, scoring: dict, costs: Mapping[str, tuple],
                   per_sample: dict | None = None) -> TaskDpe:
    """DPE on one task from its representatives' settled records (*read*), its samples' *outcomes* in sample order
    and the profiled ones' :func:`sample_costs`; *per_sample* gets each profiled sample's match (the report's)."""
    reps = {s: read(task_id, s) for i in range(len(tier.scores))
            for s in (f"{DPE_TIER_PREFIX}{i}", f"{PAIR_PREFIX}{DPE_TIER_PREFIX}{i}")}
    return task_dpe(tier, reps, outcomes, settings, scoring["dpe_max_profile"],
                    strict_order=scoring["dpe_strict_order"], per_sample=per_sample, sample_costs=costs)


class _Reader:
    """Settled records of one group at a time, counting (once per group) the runs that score memory but have no
    peak, as the memory columns report them."""

    def __init__(self, groups: Groups, tasks: dict, measure: str):
        self.groups, self.tasks, self.measure = groups, tasks, measure
        self.seen: set[tuple[str, str]] = set()
        self.unmeasured = 0

    def __call__(self, task: str, subject: str) -> list[RunRecord]:
        runs = settled(self.groups, task, subject)
        if (task, subject) not in self.seen:
            self.seen.add((task, subject))
            if task in self.tasks:
                self.unmeasured += unmeasured_runs(runs, tuple(self.tasks[task]["hardness"]), self.measure)
        return runs

    def rest(self) -> None:
        """Read every group not read yet: each line is checked, and counted, whether or not a score needs it."""
        for task, subject in self.groups.all_keys():
            if (task, subject) not in self.seen:
                self(task, subject)


def score_groups(meta: dict, samples: list, groups: Groups, ks: list[int], scoring: dict) -> Scored:
    """:func:`score_records` from records read a group at a time (see the module's docstring)."""
    settings = Settings.from_dict(meta["settings"])
    scoring = {**DPE_DEFAULTS, **scoring}
    read = _Reader(groups, meta["tasks"], settings.measure)
    unscorable, profiles, refs = {}, {}, {}
    offsets = {t: harness_offsets(read(t, NULL_SUBJECT), settings) for t in meta["tasks"]}
    for task_id, info in meta["tasks"].items():
        refs[task_id] = read(task_id, REF_PREFIX + info["expert"])
        try:
            profiles[task_id] = reference_profile(refs[task_id], info["hardness"], settings, offsets[task_id])
        except (ValueError, TypeError):
            unscorable[task_id] = _reference_problem(refs[task_id])
    by_task: dict[str, list[int]] = defaultdict(list)
    for i, sample in enumerate(samples):
        by_task[sample.task_id].append(i)
    outcomes, memory = {}, {}
    dpe, dpe_unscorable, dpe_warnings = {}, {}, {}
    for task_id, info in meta["tasks"].items():
        if task_id not in profiles:
            continue
        tiers = info.get("tiers")
        tier_info = tier_input(info, scoring)
        costs: dict[str, tuple] = {}
        quota = ProfileQuota(scoring["dpe_max_profile"])
        for i in by_task.get(task_id, []):
            sample = samples[i]
            runs, pair = read(task_id, sample.key), read(task_id, PAIR_PREFIX + sample.key)
            profile = profiles[task_id]
            if pair:
                profile = paired_profile(profile, pair, settings, len(info["hardness"]), offsets[task_id])
            outcome = outcomes[i] = sample_outcome(sample, runs, profile, tuple(info["tests"]),
                                                   tuple(info["hardness"]), settings, offsets[task_id])
            if outcome.status != PASSED:
                continue
            score = passed_sample_memory(outcome, runs, pair, refs[task_id], tuple(info["hardness"]), settings.measure)
            if score is not None:
                memory[i] = score
            if tier_info is not None and quota.take(outcome):
                costs[sample.key] = sample_costs(runs, pair, sample.key, tier_info, settings.measure)
        if tiers and tier_info is None:
            dpe_unscorable[task_id] = _ineligible(tiers)
        elif tier_info is not None:
            scored_dpe = score_task_dpe(read, task_id, tier_info, [outcomes[i] for i in by_task.get(task_id, [])],
                                        settings, scoring, costs)
            if scored_dpe.warning:
                dpe_warnings[task_id] = scored_dpe.warning
            if scored_dpe.problem:
                dpe_unscorable[task_id] = scored_dpe.problem
            elif scored_dpe.per_model:
                dpe[task_id] = scored_dpe.per_model
    read.rest()
    in_order = [outcomes[i] for i in sorted(outcomes)]
    board = build_leaderboard(in_order, ks, _board_meta(meta, settings, scoring, dpe_warnings, profiles), unscorable,
                              dpe, dpe_unscorable, scoring["dpe_min_correct"])
    attach_memory(board, [memory[i] for i in sorted(memory)], read.unmeasured, settings.measure)
    return Scored(in_order, profiles, unscorable, board, offsets)


def _board_meta(meta: dict, settings: Settings, scoring: dict, dpe_warnings: dict, profiles: dict) -> dict:
    board_meta = {k: meta.get(k) for k in ("effbench_version", "created", "settings", "suite_hash", "machine",
                                           "runner", "git")}
    if meta.get("unnamed_samples"):  # which file model default's samples came from: merging joins only its shards
        board_meta["unnamed_samples"] = meta["unnamed_samples"]
    board_meta["measurement"] = measurement_meta(settings, meta.get("runner") or {})
    board_meta["scoring"] = scoring
    board_meta["dpe"] = {"mode": settings.measure, "matching": matching_rule(settings.measure),
                         "order": "strict" if scoring["dpe_strict_order"] else "lazy",
                         "ineligible": "included" if scoring["dpe_include_ineligible"] else "excluded",
                         "warnings": dpe_warnings}
    # What identifies the suite when runs over parts of it are merged: each task's content, not the subset's hash.
    board_meta["task_hashes"] = {tid: info["content_hash"] for tid, info in sorted(meta["tasks"].items())}
    board_meta["expert_cost"] = {tid: p.cost(meta["tasks"][tid]["hardness"]) for tid, p in sorted(profiles.items())}
    return board_meta


def measurement_meta(settings: Settings, runner: dict) -> dict:
    """The leaderboard's ``meta.measurement`` of a run with *settings*, whose sandbox reported *runner*: also what
    ``compare --check`` judges a run to come by, before its sandbox exists (*runner* empty), so that the check
    reads the settings as the scores will (one count needs no estimator)."""
    return {
        "mode": settings.measure, "alpha": settings.alpha, "rules": settings.rules,
        "estimator": "single count" if settings.measure == "instructions" else settings.estimator,
        "repeats": 1 if settings.measure == "instructions" else settings.repeats,
        "backend": runner.get("counter") if settings.measure == "instructions" else f"{settings.measure} clock",
    }


def _ineligible(tiers: dict) -> str:
    reasons = "; ".join(tiers.get("reasons") or []) or "the tier file is marked ineligible"
    return f"not DPE-eligible (EvalPerf's curation): {reasons}"


def _reference_problem(ref_runs) -> str:
    bad = next((r for r in ref_runs if r.status != "ok"), None)
    if bad is None:
        return "expert reference not measured (interrupted run?)"
    where = "hand cases" if bad.phase == "cases" else f"level {bad.level} test {bad.test}"
    return f"expert reference {bad.status} on {where}: {(bad.detail or '').splitlines()[0] if bad.detail else ''}"
