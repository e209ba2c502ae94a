"""Each sample's DPE tier, for the report's per-task tables.

The run stores DPS per (model, task), not which tier each sample landed in; the report re-derives the per-sample
matches the way the run was scored: from the records scoring reads (:func:`~effbench.reports.source.settled_runs`:
a retried run's last record, a re-measurement in place of the run it re-measured), on the tasks DPE scores, with
the very functions that scored it (:func:`effbench.measuring.score.score_task_dpe`), so the table and the
leaderboard cannot disagree.  Only the profiled samples' records and the representatives' are read, a subject at a
time.
"""
from __future__ import annotations

from dataclasses import fields

from effbench.measuring.records import PAIR_PREFIX, SampleOutcome, Settings
from effbench.measuring.score import sample_costs, score_task_dpe, tier_input
from effbench.reports.source import Source, settled_runs
from effbench.scoring.dpe import DPE_DEFAULTS, Match
from effbench.scoring.dpe_outcomes import ProfileQuota

OUTCOME_FIELDS = frozenset(f.name for f in fields(SampleOutcome))


def sample_tiers(source: Source, board: dict) -> dict[str, Match]:
    """Sample key -> its exact tier match, for every profiled correct sample of a task DPE could score."""
    if source.run_dir is None:
        return {}
    settings = Settings.from_dict(source.run_meta["settings"])
    scoring = {**DPE_DEFAULTS, **source.run_meta.get("scoring", {}), **(board["meta"].get("scoring") or {})}
    out: dict[str, Match] = {}
    with settled_runs(source) as read:
        for tid, info in source.run_meta.get("tasks", {}).items():
            tier = tier_input(info, scoring)
            if tier is None or tid not in source.reference:  # DPE does not score it, or the task is unscorable
                continue
            outcomes = [SampleOutcome(**{k: v for k, v in r.items() if k in OUTCOME_FIELDS})
                        for r in source.results if r["task_id"] == tid]
            quota = ProfileQuota(scoring["dpe_max_profile"])
            costs = {o.key: sample_costs(read(tid, o.key), read(tid, PAIR_PREFIX + o.key), o.key, tier,
                                         settings.measure) for o in outcomes if quota.take(o)}
            score_task_dpe(read, tid, tier, outcomes, settings, scoring, costs, per_sample=out)
    return out


def describe(match: Match | None, n_tiers: int) -> str:
    """"DPS · tier/tiers" (tiers counted slowest first); "0 · none" when slower than every tier."""
    if match is None:
        return "–"
    if match.tier is None:
        return "0 · none"
    return f"{match.dps:.0f} · {match.tier + 1}/{n_tiers}"
