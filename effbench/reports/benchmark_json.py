"""github-action-benchmark's ``customSmallerIsBetter`` list: the hardest level's time per model and task."""
from __future__ import annotations

import math
import statistics

from effbench.measuring.records import PASSED
from effbench.reports.source import ReportError, Source


def top_level_times(source: Source) -> dict[tuple[str, str], dict]:
    """Per (model, task): the median over passed samples of the time at the hardest level (over the limit counts
    as the limit), the unit, and the expert's time there."""
    if source.run_dir is None:
        raise ReportError(f"{source.label}: sample times live in a run directory (results.jsonl); "
                          "give the run directory, not a leaderboard file")
    mode = source.run_meta["settings"]["measure"]
    unit = "instructions" if mode == "instructions" else "s"
    grouped: dict[tuple[str, str], list[tuple[float, bool]]] = {}
    for row in source.results:
        ref = source.reference.get(row["task_id"])
        if row["status"] != PASSED or ref is None or not row["level_times"]:
            continue
        t = row["level_times"][-1]
        grouped.setdefault((row["model"], row["task_id"]), []).append((ref["limit"] if t is None else t, t is None))
    out = {}
    for (model, task), values in sorted(grouped.items()):
        ref = source.reference[task]
        out[(model, task)] = {"value": statistics.median(v for v, _ in values), "unit": unit,
                              "expert": ref["level_times"][-1], "over_limit": sum(o for _, o in values),
                              "samples": len(values), "level": len(ref["level_times"]) - 1}
    return out


def benchmark_json(source: Source) -> list[dict]:
    """github-action-benchmark ``customSmallerIsBetter``: per model and task the hardest level's time, and per
    model the geometric mean over tasks of that time relative to the expert (comparable across machines)."""
    times = top_level_times(source)
    out: list[dict] = []
    ratios: dict[str, list[float]] = {}
    for (model, task), t in times.items():
        # the expert's time is null at a level it was not timed on (hardness 0; tasks.json allows it)
        expert = "not timed" if t["expert"] is None else f"{t['expert']:.6g} {t['unit']}"
        extra = f"{t['samples']} passed sample(s); expert {expert}"
        if t["over_limit"]:
            extra += f"; {t['over_limit']} over the limit (counted at the limit)"
        out.append({"name": f"{model} / {task} (level {t['level']})", "unit": t["unit"], "value": t["value"],
                    "extra": extra})
        if t["expert"] and t["value"] > 0:  # a time of 0 (a coarse clock) has no logarithm in the mean
            ratios.setdefault(model, []).append(t["value"] / t["expert"])
    for model, rs in sorted(ratios.items()):
        gm = math.exp(math.fsum(math.log(r) for r in rs) / len(rs))
        out.append({"name": f"{model} (suite: time / expert, geometric mean)", "unit": "x expert", "value": gm,
                    "extra": f"{len(rs)} task(s)"})
    return out
