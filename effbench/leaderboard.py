"""Scoring stage: per-task summaries and the leaderboard, from sample outcomes (pure: no I/O).

pass@k and eff@k are computed per (model, task) over that model's samples of the task, then averaged over tasks
without weights.  A k larger than a task's sample count is not estimable there; a model's suite score at that k is
reported only when every task it was run on has at least k samples (otherwise ``null`` and the count is given).
Samples with infrastructure failures or that were not fully measured are excluded and counted apart.
"""
from __future__ import annotations

from collections import defaultdict

from .records import SampleOutcome
from .scoring.efficiency import eff_at_k, mean_over_tasks, pass_at_k

SCHEMA_VERSION = 1


def model_task_scores(outcomes: list[SampleOutcome], ks: list[int]) -> dict:
    scored = [o for o in outcomes if o.status in ("passed", "failed")]
    n, c = len(scored), sum(o.status == "passed" for o in scored)
    effs = [o.efficiency if o.status == "passed" else 0.0 for o in scored]
    entry = {
        "n": n, "passed": c,
        "infra": sum(o.status == "infra" for o in outcomes),
        "incomplete": sum(o.status == "incomplete" for o in outcomes),
        "pass@k": {str(k): pass_at_k(n, c, k) for k in ks if 1 <= k <= n},
        "eff@k": {str(k): eff_at_k(effs, k) for k in ks if 1 <= k <= n},
    }
    return entry


def group(outcomes: list[SampleOutcome]) -> dict[str, dict[str, list[SampleOutcome]]]:
    by: dict[str, dict[str, list[SampleOutcome]]] = defaultdict(lambda: defaultdict(list))
    for o in outcomes:
        by[o.model][o.task_id].append(o)
    return by


def build_leaderboard(outcomes: list[SampleOutcome], ks: list[int], meta: dict,
                      unscorable: dict[str, str] | None = None) -> dict:
    models = {}
    for model, per_task in sorted(group(outcomes).items()):
        tasks = {tid: model_task_scores(outs, ks) for tid, outs in sorted(per_task.items())}
        suite = {"pass@k": {}, "eff@k": {}}
        for metric in suite:
            for k in ks:
                values = {tid: t[metric].get(str(k)) for tid, t in tasks.items()}
                suite[metric][str(k)] = (None if not values or any(v is None for v in values.values())
                                         else mean_over_tasks(values))
        models[model] = {
            **suite,
            "n_tasks": len(tasks),
            "n_samples": sum(t["n"] for t in tasks.values()),
            "n_infra": sum(t["infra"] for t in tasks.values()),
            "n_incomplete": sum(t["incomplete"] for t in tasks.values()),
            "tasks": tasks,
        }
    return {"schema_version": SCHEMA_VERSION, "meta": meta, "unscorable_tasks": dict(unscorable or {}),
            "models": models}


def task_table(outcomes: list[SampleOutcome], ks: list[int]) -> dict:
    """Per-task summary across models (tasks.json)."""
    out: dict[str, dict] = defaultdict(dict)
    for model, per_task in group(outcomes).items():
        for tid, outs in per_task.items():
            out[tid][model] = model_task_scores(outs, ks)
    return {tid: dict(sorted(models.items())) for tid, models in sorted(out.items())}
