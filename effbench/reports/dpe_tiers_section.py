"""Each sample's DPE tier, for the report's per-task tables.

The run stores DPS per (model, task), not which tier each sample landed in; the report re-derives the per-sample
matches from ``records.jsonl`` with the very function that scored the run
(:func:`effbench.scoring.dpe_outcomes.task_dpe`), so the table and the leaderboard cannot disagree.  Only the
records on each task's tier input are used.
"""
from __future__ import annotations

from dataclasses import fields

from effbench.scoring.dpe_outcomes import DpeTierInfo, task_dpe
from effbench.measuring.records import RunRecord, SampleOutcome, Settings
from effbench.reports.source import Source, records
from effbench.scoring.dpe import DPE_DEFAULTS, Match


def sample_tiers(source: Source, board: dict) -> dict[str, Match]:
    """Sample key -> its exact tier match, for every profiled correct sample of a task DPE could score."""
    tiered = {tid: t["tiers"] for tid, t in source.run_meta.get("tasks", {}).items() if t.get("tiers")}
    if source.run_dir is None or not tiered:
        return {}
    settings = Settings.from_dict(source.run_meta["settings"])
    scoring = {**DPE_DEFAULTS, **source.run_meta.get("scoring", {}), **(board["meta"].get("scoring") or {})}
    runs: dict[str, dict[str, list[RunRecord]]] = {tid: {} for tid in tiered}
    for rec in records(source):
        tiers = tiered.get(rec.task)
        if tiers and rec.level == tiers["level"] and rec.test == tiers["test"]:
            runs[rec.task].setdefault(rec.subject, []).append(rec)
    names = {f.name for f in fields(SampleOutcome)}
    out: dict[str, Match] = {}
    for tid, tiers in tiered.items():
        outcomes = [SampleOutcome(**{k: v for k, v in r.items() if k in names})
                    for r in source.results if r["task_id"] == tid]
        task_dpe(DpeTierInfo(tiers["level"], tiers["test"], tiers["scores"]), runs[tid], outcomes, settings,
                 scoring["dpe_max_profile"], strict_order=scoring["dpe_strict_order"], per_sample=out)
    return out


def describe(match: Match | None, n_tiers: int) -> str:
    """"DPS · tier/tiers" (tiers counted slowest first); "0 · none" when slower than every tier."""
    if match is None:
        return "–"
    if match.tier is None:
        return "0 · none"
    return f"{match.dps:.0f} · {match.tier + 1}/{n_tiers}"
