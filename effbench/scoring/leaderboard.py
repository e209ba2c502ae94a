"""Scoring stage: per-task summaries and the leaderboard, from sample outcomes (pure: no I/O).

pass@k and eff@k are computed per (model, task) over that model's samples of the task, then averaged over tasks
without weights.  A k larger than a task's sample count is not estimable there; a model's suite score at that k is
reported only when every task it was run on has at least k samples (otherwise ``null`` and the count is given).
Samples with infrastructure failures or that were not fully measured are excluded and counted apart.
Every suite score carries a bootstrap 95 % interval over tasks (``ci95``, see :mod:`effbench.scoring.uncertainty`).
The shape is documented by ``effbench/schemas/leaderboard.schema.json`` (bump ``SCHEMA_VERSION`` with it).
"""
from __future__ import annotations

from collections import defaultdict

from effbench.measuring.records import INCOMPLETE, INFRA_FAILED, PASSED, SCORED, SampleOutcome
from effbench.scoring.dpe import MIN_CORRECT, suite_dps
from effbench.scoring.efficiency import eff_at_k, mean_over_tasks, pass_at_k
from effbench.scoring.uncertainty import describe as describe_uncertainty, suite_intervals

SCHEMA_VERSION = 3
READABLE_VERSIONS = (2, 3)  # 3 added meta.task_hashes (runs of one suite's task subsets combine) and models' runs


def model_task_scores(outcomes: list[SampleOutcome], ks: list[int]) -> dict:
    scored = [o for o in outcomes if o.status in SCORED]
    n, c = len(scored), sum(o.status == PASSED for o in scored)
    effs = [o.efficiency if o.status == PASSED else 0.0 for o in scored]
    entry = {
        "n": n, "passed": c,
        "infra": sum(o.status == INFRA_FAILED for o in outcomes),
        "incomplete": sum(o.status == INCOMPLETE for o in outcomes),
        "pass@k": {str(k): pass_at_k(n, c, k) for k in ks if 1 <= k <= n},
        "eff@k": {str(k): eff_at_k(effs, k) for k in ks if 1 <= k <= n},
    }
    return entry


def group(outcomes: list[SampleOutcome]) -> dict[str, dict[str, list[SampleOutcome]]]:
    by: dict[str, dict[str, list[SampleOutcome]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        by[o.model][o.task_id].append(o)
    return by


def _suite_dps(tasks: dict, min_correct: int) -> dict:
    per_task = {t: (e["dps"], e["dps_norm"]) for t, e in tasks.items() if "dps" in e}
    counts = {t: tasks[t]["dpe_correct"] for t in per_task}
    both = suite_dps(per_task, counts, min_correct) if per_task else None
    eligible = sum(counts[t] >= min_correct for t in per_task)
    return {"DPS": None if both is None else both[0], "DPS_norm": None if both is None else both[1],
            "dpe_tasks": eligible}


def model_entry(tasks: dict, ks: list[int], dpe_min_correct: int) -> dict:
    """A model's suite scores from its per-task entries (so merging task shards can recompute them)."""
    suite: dict[str, dict[str, float | None]] = {"pass@k": {}, "eff@k": {}}
    for metric in suite:
        for k in ks:
            values = {tid: t[metric].get(str(k)) for tid, t in tasks.items()}
            suite[metric][str(k)] = (None if not values or any(v is None for v in values.values())
                                     else mean_over_tasks(values))
    dps = _suite_dps(tasks, dpe_min_correct)
    return {
        **suite,
        **dps,
        "ci95": suite_intervals(tasks, {**suite, **dps}, ks, dpe_min_correct),
        "n_tasks": len(tasks),
        "n_samples": sum(t["n"] for t in tasks.values()),
        "n_infra": sum(t["infra"] for t in tasks.values()),
        "n_incomplete": sum(t["incomplete"] for t in tasks.values()),
        "tasks": dict(sorted(tasks.items())),
    }


def build_leaderboard(outcomes: list[SampleOutcome], ks: list[int], meta: dict,
                      unscorable: dict[str, str] | None = None, dpe: dict | None = None,
                      dpe_unscorable: dict[str, str] | None = None, dpe_min_correct: int = MIN_CORRECT) -> dict:
    models = {}
    dpe = dpe or {}
    for model, per_task in sorted(group(outcomes).items()):
        tasks = {tid: model_task_scores(outs, ks) for tid, outs in sorted(per_task.items())}
        for tid, entry in tasks.items():
            d = dpe.get(tid, {}).get(model)
            if d and "dps" in d:
                entry.update(dps=d["dps"], dps_norm=d["dps_norm"], dpe_correct=d["correct"],
                             dpe_profiled=d["profiled"])
                if "tier_confidence" in d:
                    entry["tier_confidence"] = d["tier_confidence"]
        models[model] = model_entry(tasks, ks, dpe_min_correct)
    meta = {**meta, "uncertainty": describe_uncertainty()}
    return {"schema_version": SCHEMA_VERSION, "kind": "run", "meta": meta,
            "unscorable_tasks": dict(unscorable or {}), "dpe_unscorable_tasks": dict(dpe_unscorable or {}),
            "models": models}


def task_table(outcomes: list[SampleOutcome], ks: list[int]) -> dict:
    """Per-task summary across models (tasks.json)."""
    out: dict[str, dict] = defaultdict(dict)
    for model, per_task in group(outcomes).items():
        for tid, outs in per_task.items():
            out[tid][model] = model_task_scores(outs, ks)
    return {tid: dict(sorted(models.items())) for tid, models in sorted(out.items())}
