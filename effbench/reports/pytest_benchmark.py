"""``effbench report RUN --format pytest-benchmark``: a run in pytest-benchmark's JSON, so ``pytest-benchmark
compare`` and github-action-benchmark's ``pytest`` tool read effbench's figures with the tools people already have.

One benchmark per (model, task).  Its rounds are the repeats at the task's hardest level, timed as effbench times a
level (its slowest test): round *r* of a sample is the maximum over the level's tests of repeat *r*, and every passed
sample adds its repeats.  A passed sample that the limit T stopped before it finished that level counts as T in each
of its repeats, as in ``benchmark-json`` (a lower bound: a model must not drop out of a chart for being slow);
``extra_info["samples_over_limit"]`` counts them.  The statistics are pytest-benchmark's own
(:class:`pytest_benchmark.stats.Stats`), so min, median, iqr, ops... mean what they mean there.  ``group`` is the
task, so ``pytest-benchmark compare`` puts a task's models side by side.  In instructions mode the "seconds" hold
instruction counts (pytest-benchmark has no other unit); ``extra_info["unit"]`` says so.  effbench's own figures for
the pair (eff@k and pass@k at the k the reports show, :func:`~effbench.reports.source.report_k`: ``eff@1`` unless the
run was made with other ``--k``; the expert's time there, the limit T, samples over it) go in ``extra_info``.
"""
from __future__ import annotations

from collections import defaultdict

from effbench.errors import EffbenchError
from effbench.measuring.records import PASSED, Settings
from effbench.reports.benchmark_json import top_level_times
from effbench.reports.source import ReportError, report_k, settled_runs


def _stats_class():
    try:
        from pytest_benchmark.stats import Stats
    except ImportError:  # pragma: no cover - pytest-benchmark is in the test extras
        raise EffbenchError("--format pytest-benchmark needs pytest-benchmark: pip install pytest-benchmark") from None
    return Stats


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("pytest-benchmark")
    except Exception:  # pragma: no cover
        return "5.1.0"


def machine_info(run_meta: dict) -> dict:
    """pytest-benchmark's ``machine_info`` keys, filled from the machine the run measured on (run.json)."""
    m = run_meta.get("machine") or {}
    runner = run_meta.get("runner") or {}
    python = m.get("python", "")
    return {"node": m.get("hostname", ""), "processor": m.get("cpu", ""), "machine": "", "python_compiler": "",
            "python_implementation": "CPython", "python_implementation_version": runner.get("python") or python,
            "python_version": python, "python_build": [], "release": m.get("kernel", ""),
            "system": (m.get("os") or "").split("-")[0],
            "cpu": {"brand_raw": m.get("cpu", ""), "count": m.get("cores")},
            "effbench_runner": runner}


def top_level_rounds(source) -> dict[tuple[str, str], list[float]]:
    """Per (model, task): one value per repeat of every passed sample at the task's hardest level (its slowest test
    in that repeat; T for a sample stopped by the limit there), from the settled records (a confirmed
    re-measurement replaces what it re-measured)."""
    settings = Settings.from_dict(source.run_meta["settings"])
    passed = {r["key"]: r for r in source.results if r["status"] == PASSED and r["level_times"]
              and r["task_id"] in source.reference}
    top = {t: len(info["hardness"]) - 1 for t, info in source.run_meta["tasks"].items()}
    per: dict[tuple[str, int], float] = {}
    with settled_runs(source) as read:
        for key, row in passed.items():
            if row["level_times"][-1] is None:
                continue
            for r in read(row["task_id"], key):
                cost = r.cost(settings.measure)
                if r.phase == "level" and r.level == top.get(r.task) and r.status == "ok" and cost is not None:
                    per[(key, r.repeat)] = max(per.get((key, r.repeat), cost), cost)
    for key, row in passed.items():
        if row["level_times"][-1] is None:
            hardness = source.run_meta["tasks"][row["task_id"]]["hardness"][-1]
            for rep in range(settings.repeats_at(hardness)):
                per[(key, rep)] = source.reference[row["task_id"]]["limit"]
    out: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (subject, _), value in sorted(per.items()):
        row = passed[subject]
        out[(row["model"], row["task_id"])].append(value)
    return dict(sorted(out.items()))


def pytest_benchmark_json(source) -> dict:
    if source.run_dir is None:
        raise ReportError(f"{source.label}: the repeats live in a run directory (records.jsonl); "
                          "give the run directory, not a leaderboard file")
    Stats = _stats_class()
    meta = source.run_meta
    settings = Settings.from_dict(meta["settings"])
    unit = "instructions" if settings.measure == "instructions" else "s"
    summary = top_level_times(source)
    board_models = source.board["models"]
    k = report_k(source.board)
    benchmarks = []
    for (model, task), values in top_level_rounds(source).items():
        stats = Stats()
        for v in values:
            stats.update(v)
        scores = board_models.get(model, {}).get("tasks", {}).get(task, {})
        t = summary.get((model, task), {})
        ref = source.reference.get(task, {})
        benchmarks.append({
            "group": task, "name": f"{task}[{model}]", "fullname": f"effbench::{task}[{model}]",
            "params": {"model": model}, "param": model,
            "extra_info": {"effbench": True, "model": model, "task": task, "unit": unit, "measure": settings.measure,
                           "level": t.get("level"), "samples_passed": t.get("samples"),
                           "samples_over_limit": t.get("over_limit"), "expert_level_time": t.get("expert"),
                           "limit": ref.get("limit"), f"eff@{k}": scores.get("eff@k", {}).get(k),
                           f"pass@{k}": scores.get("pass@k", {}).get(k), "estimator": settings.estimator,
                           "suite_hash": meta.get("suite_hash"), "effbench_version": meta.get("effbench_version")},
            "options": {"disable_gc": False, "timer": f"effbench {settings.measure}", "min_rounds": settings.repeats,
                        "max_time": None, "min_time": None, "warmup": False},
            "stats": {**stats.as_dict(), "data": list(stats.data), "iterations": 1},
        })
    return {"machine_info": machine_info(meta),
            "commit_info": {"id": meta.get("samples_hash"), "project": "effbench", "dirty": False,
                            "time": meta.get("created"), "author_time": meta.get("created"), "branch": None},
            "benchmarks": benchmarks, "datetime": meta.get("created"), "version": _version()}
