"""``effbench report``: what a person reads (Markdown for a GitHub job summary, one HTML page) and what a chart
tool reads (github-action-benchmark's ``customSmallerIsBetter`` list).

A report is made from a run directory or from a leaderboard file.  A run directory also gives the per-sample
outcomes (``results.jsonl``), the re-measured expert (``tasks.json``) and the DPE tier representatives
(``records.jsonl``): the plots of sample times and the benchmark list need them, the leaderboard tables do not.
Numbers are shown with their bootstrap 95 % interval over tasks, because two models 0.02 apart on six tasks are
usually not different, and a table that hides that invites the wrong conclusion.
"""
from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from effbench.errors import EffbenchError
from effbench.reports.board import boards_of, is_run_dir, load_board
from effbench.measuring.records import TIER_PREFIX


class ReportError(EffbenchError):
    """A report that cannot be made from what was given."""


@dataclass
class Source:
    """Everything a report can use; the run-directory parts are empty for a leaderboard file."""

    board: dict
    label: str
    run_dir: Path | None = None
    results: list = field(default_factory=list)        # results.jsonl rows
    reference: dict = field(default_factory=dict)      # tasks.json "reference"
    run_meta: dict = field(default_factory=dict)       # run.json
    tier_costs: dict = field(default_factory=dict)     # task -> [(tier score, level, cost)]


def load_source(path: Path) -> Source:
    path = Path(path)
    board = load_board(path)
    if not is_run_dir(path):
        return Source(board, str(path))
    results = [json.loads(line) for line in (path / "results.jsonl").read_text().splitlines() if line.strip()]
    reference = json.loads((path / "tasks.json").read_text()).get("reference", {})
    run_meta = json.loads((path / "run.json").read_text())
    return Source(board, str(path), path, results, reference, run_meta, _tier_costs(path, run_meta))


def _tier_costs(run_dir: Path, run_meta: dict) -> dict:
    """Per task, each DPE tier representative's cost on the tier input, as measured in this run."""
    measure = run_meta["settings"]["measure"]
    runs: dict[tuple[str, str], list[float]] = {}
    records = run_dir / "records.jsonl"
    if not records.is_file():
        return {}
    with records.open() as fh:
        for line in fh:
            if f'"{TIER_PREFIX}' not in line:
                continue  # cheap pre-filter: records.jsonl can be large and only tier runs matter here
            rec = json.loads(line)
            tiers = (run_meta["tasks"].get(rec["task"]) or {}).get("tiers")
            if not tiers or rec["status"] != "ok" or rec["level"] != tiers["level"] or rec["test"] != tiers["test"]:
                continue
            cost = rec["instructions"] if measure == "instructions" else rec[f"{measure}_time"]
            if cost is not None:
                runs.setdefault((rec["task"], rec["subject"]), []).append(float(cost))
    out: dict[str, list] = {}
    # by task, then tier index as a number ("tier:10" comes after "tier:9")
    for (task, subject), costs in sorted(runs.items(), key=lambda kv: (kv[0][0], int(kv[0][1][len(TIER_PREFIX):]))):
        tiers = run_meta["tasks"][task]["tiers"]
        i = int(subject[len(TIER_PREFIX):])
        if i < len(tiers["scores"]):
            out.setdefault(task, []).append((tiers["scores"][i], tiers["level"], statistics.median(costs)))
    return out


# ---------------------------------------------------------------- shared helpers
def shown_ks(board: dict) -> list[str]:
    """The k values some model has a score for (a k no task can estimate is only noise in a table)."""
    ks = {k for m in board["models"].values() for metric in ("pass@k", "eff@k")
          for k, v in m[metric].items() if v is not None}
    return sorted(ks, key=int)


def ranked(board: dict) -> list[tuple[str, dict]]:
    return sorted(board["models"].items(), key=lambda kv: (-(kv[1]["eff@k"].get("1") or 0), kv[0]))


def fmt(value, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_ci(value, interval, digits: int = 3) -> str:
    if value is None:
        return "–"
    if not interval:
        return fmt(value, digits)
    return f"{value:.{digits}f} [{interval[0]:.{digits}f}, {interval[1]:.{digits}f}]"


def columns(board: dict) -> list[tuple[str, str, str | None, int]]:
    """(header, metric, k, digits) for every score column of the leaderboard table."""
    ks = shown_ks(board)
    cols = [(f"pass@{k}", "pass@k", k, 3) for k in ks] + [(f"eff@{k}", "eff@k", k, 3) for k in ks]
    if any(m.get("DPS") is not None for m in board["models"].values()):
        tag = dps_tag(board)
        cols += [(f"DPS{tag}", "DPS", None, 1), (f"DPS_norm{tag}", "DPS_norm", None, 1)]
    return cols


def _dpe_meta(board: dict) -> dict:
    meta = board["meta"]["runs"][0]["meta"] if board["kind"] == "merged" else board["meta"]
    return meta.get("dpe") or {}


def dps_tag(board: dict) -> str:
    """The mode and matching rule DPS was scored under, short, for a column header: " (cpu, sound)"."""
    dpe = _dpe_meta(board)
    if not dpe:
        return ""
    return f" ({dpe['mode']}, {dpe['matching'].split(':')[0]})"


def dps_note(board: dict) -> str:
    """One sentence on what DPS means in this board: mode, matching rule, order handling, curation."""
    dpe = _dpe_meta(board)
    counts = f"DPS counts tasks with ≥ {_scoring(board).get('dpe_min_correct', '?')} correct samples"
    if not dpe:
        return counts + "."
    return (f"{counts}, measured in {dpe['mode']} mode; tier matching: {dpe['matching']}; representatives out "
            f"of order: {dpe['order']}; tasks EvalPerf's curation drops: {dpe['ineligible']}.")


def cell(model: dict, metric: str, k: str | None) -> tuple[float | None, list | None]:
    if k is None:
        return model.get(metric), model["ci95"].get(metric)
    return model[metric].get(k), model["ci95"][metric].get(k)


def meta_lines(board: dict) -> list[str]:
    """One line per source run: what was measured, how, where and with what."""
    if board["kind"] == "merged":
        return [f"{run['source']}: {describe_meta(run['meta'])}" for run in board["meta"]["runs"]]
    return [describe_meta(board["meta"])]


def describe_meta(meta: dict) -> str:
    m = meta["measurement"]
    machine = meta.get("machine") or {}
    runner = meta.get("runner") or {}
    how = (f"**{m['mode']}** ({m.get('backend') or '?'}), {m['repeats']} repeat(s), {m['estimator']}, "
           f"α = {m['alpha']:g}")
    where = f"{machine.get('cpu', '?')} ({machine.get('cores', '?')} cores), kernel {machine.get('kernel', '?')}"
    sandbox = runner.get("runner", "?")
    if runner.get("image_id"):
        sandbox += f" image {runner.get('image', '')} {runner['image_id'][:19]}"
    return (f"{how} · {where} · Python {machine.get('python', '?')} · runner {sandbox} · "
            f"effbench {meta.get('effbench_version', '?')} · suite `{meta.get('suite_hash', '?')}` · "
            f"{(meta.get('created') or '?')[:10]}")


# ---------------------------------------------------------------- Markdown
def markdown(source: Source, title: str = "effbench report") -> str:
    """A report that fits a GitHub job summary: leaderboard with intervals, run metadata, per-task details."""
    out = [f"## {title}", ""]
    boards = boards_of(source.board)
    for i, board in enumerate(boards):
        if len(boards) > 1:
            out += [f"### Section {i + 1}: {board['meta']['mode']}, suite `{board['meta']['suite_hash']}`", ""]
        out += _markdown_board(board)
    out += _markdown_tiers(source)
    return "\n".join(out).rstrip() + "\n"


def _markdown_tiers(source: Source) -> list[str]:
    """Each task's DPE tiers (slowest first): the score a sample matching it gets, and its representative's cost
    as re-measured in this run (median of its repeats)."""
    if not source.tier_costs:
        return []
    out = [f"<details><summary>DPE tiers ({len(source.tier_costs)} tasks)</summary>", "",
           "| task | tiers: score % @ representative's cost (slowest first) |", "|---|---|"]
    for tid, tiers in sorted(source.tier_costs.items()):
        out.append(f"| {tid} | " + " · ".join(f"{score:.0f} @ {cost:.4g}" for score, _, cost in tiers) + " |")
    return out + ["", "</details>", ""]


def _markdown_board(board: dict) -> list[str]:
    out = [f"- {line}" for line in meta_lines(board)] + [""]
    if not board["models"]:
        return out + ["(no scored samples)", ""]
    cols = columns(board)
    out.append("| model | tasks | samples | " + " | ".join(c[0] for c in cols) + " |")
    out.append("|---|--:|--:|" + "---|" * len(cols))
    for name, m in ranked(board):
        cells = [fmt_ci(*cell(m, metric, k), digits) for _, metric, k, digits in cols]
        out.append(f"| {_md(name)} | {m['n_tasks']} | {m['n_samples']} | " + " | ".join(cells) + " |")
    unc = _uncertainty(board)
    out += ["", f"Intervals: {unc.get('level', 0.95):.0%} {unc.get('method', 'bootstrap over tasks')} "
                f"({unc.get('resamples', '?')} resamples). {dps_note(board)}", ""]
    for label, key in (("unscorable", "unscorable_tasks"), ("not scorable by DPE", "dpe_unscorable_tasks")):
        for tid, why in board[key].items():
            out.append(f"- task `{tid}` {label}: {_md(why)}")
    for tid, why in _dpe_meta(board).get("warnings", {}).items():
        out.append(f"- task `{tid}` DPE warning: {_md(why)}")
    tasks = sorted({t for m in board["models"].values() for t in m["tasks"]})
    names = [n for n, _ in ranked(board)]
    out += ["", f"<details><summary>Per task eff@1 ({len(tasks)} tasks × {len(names)} models)</summary>", "",
            "| task | " + " | ".join(_md(n) for n in names) + " |", "|---|" + "--:|" * len(names)]
    for tid in tasks:
        row = [fmt(board["models"][n]["tasks"].get(tid, {}).get("eff@k", {}).get("1")) for n in names]
        out.append(f"| {tid} | " + " | ".join(row) + " |")
    return out + ["", "</details>", ""]


def _uncertainty(board: dict) -> dict:
    meta = board["meta"]["runs"][0]["meta"] if board["kind"] == "merged" else board["meta"]
    return meta.get("uncertainty", {})


def _scoring(board: dict) -> dict:
    meta = board["meta"]["runs"][0]["meta"] if board["kind"] == "merged" else board["meta"]
    return meta.get("scoring", {})


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


# ---------------------------------------------------------------- github-action-benchmark
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
        if row["status"] != "passed" or ref is None or not row["level_times"]:
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
    out, ratios = [], {}
    for (model, task), t in times.items():
        extra = f"{t['samples']} passed sample(s); expert {t['expert']:.6g} {t['unit']}"
        if t["over_limit"]:
            extra += f"; {t['over_limit']} over the limit (counted at the limit)"
        out.append({"name": f"{model} / {task} (level {t['level']})", "unit": t["unit"], "value": t["value"],
                    "extra": extra})
        if t["expert"]:
            ratios.setdefault(model, []).append(t["value"] / t["expert"])
    for model, rs in sorted(ratios.items()):
        gm = math.exp(math.fsum(math.log(r) for r in rs) / len(rs))
        out.append({"name": f"{model} (suite: time / expert, geometric mean)", "unit": "x expert", "value": gm,
                    "extra": f"{len(rs)} task(s)"})
    return out


def render(path: Path, fmt_name: str) -> str:
    """The report of *path* in *fmt_name* (md, html, benchmark-json or pytest-benchmark) as text."""
    source = load_source(path)
    if fmt_name == "md":
        return markdown(source)
    if fmt_name == "benchmark-json":
        return json.dumps(benchmark_json(source), indent=2) + "\n"
    if fmt_name == "html":
        from effbench.reports.html import html
        return html(source)
    if fmt_name == "pytest-benchmark":
        from effbench.reports.pytest_benchmark import pytest_benchmark_json
        return json.dumps(pytest_benchmark_json(source), indent=2) + "\n"
    raise ReportError(f"unknown report format {fmt_name!r} (md, html, benchmark-json, pytest-benchmark)")
