"""The HTML report: one self-contained page (inline CSS and JS, plots as inline PNG), so it can be attached to a CI
run, mailed or opened offline and look the same; nothing is fetched at view time.

The page (``templates/report.html.j2``, rendered by jinja2 with autoescaping: task statements, model names and
failure details are sample- or user-controlled text) holds, per leaderboard section:
* the sortable leaderboard with intervals;
* models x tasks heatmaps of eff@k (at the board's :func:`~effbench.reports.source.report_k`) and of DPS, each
  cell's values on hover (``title``) and linked to the task;
* eff@k and pass@k against k (:mod:`effbench.reports.plots`);
* per task (run directory only): statement, levels, the time plot, and each sample's status, efficiency, level
  times, the model's task DPS, peak memory and failure detail.
"""
from __future__ import annotations

import html as _html
import re
from typing import Any

from markupsafe import Markup
from matplotlib import colormaps
from matplotlib.colors import to_hex

from effbench.measuring.records import FAILED, PASSED
from effbench.reports.board import boards_of
from effbench.reports.templates_env import template
from effbench.reports.source import (Source, cell, columns, complexity_note, complexity_rows, coverage_notes, dps_note,
                                     fmt, fmt_ci, memory_note, meta_lines, ranked, report_k, section_title)
from effbench.profiling.report import task_profiles
from effbench.reports.dpe_tiers_section import describe, sample_tiers
from effbench.reports.plots import MARKS, model_colours, plot_scores_vs_k, plot_task_times, sample_mark

HEAT = colormaps["viridis"]


def task_anchor(task: str) -> str:
    """An id safe in HTML and URLs for a task's section (task ids are user text)."""
    return "task-" + re.sub(r"[^A-Za-z0-9_-]", "_", task)


def _num(value, digits: int = 6) -> str:
    return "–" if value is None else f"{value:.{digits}g}"


# ---------------------------------------------------------------- leaderboard table
def _rows(board: dict, colours: dict) -> tuple[list[str], list[dict]]:
    cols = columns(board)
    header = ["model", "tasks", "samples"] + [c[0] for c in cols]
    rows = []
    for name, m in ranked(board):
        cells = [{"v": m["n_tasks"], "text": m["n_tasks"], "ci": ""}, {"v": m["n_samples"], "text": m["n_samples"],
                                                                       "ci": ""}]
        for _, metric, k, digits in cols:
            value, interval = cell(m, metric, k)
            ci = f"[{interval[0]:.{digits}f}, {interval[1]:.{digits}f}]" if value is not None and interval else ""
            cells.append({"v": "" if value is None else value, "text": fmt_ci(value, None, digits), "ci": ci})
        rows.append({"name": name, "colour": colours[name], "cells": cells})
    return header, rows


# ---------------------------------------------------------------- heatmaps
def heatmaps(board: dict, tasks: list[str], linked: set[str], colours: dict) -> list[dict]:
    """eff@k at the board's :func:`~effbench.reports.source.report_k` (colour scale 0..1) and, when any task has
    one, DPS (0..100): one row per model, one cell per task, linked to the task's section when the page has one
    (*linked*)."""
    k = report_k(board)
    specs = [(f"eff@{k}", lambda t: t.get("eff@k", {}).get(k), 1.0, 3,
              f"eff@{k} per model and task (1.0 = as fast as the expert; above 1 is faster).")]
    if any("dps" in t for m in board["models"].values() for t in m["tasks"].values()):
        specs.append(("DPS", lambda t: t.get("dps"), 100.0, 1,
                      "DPS per model and task (% of the DPE pool beaten; empty: task not scorable by DPE)."))
    out = []
    for metric, get, top, digits, note in specs:
        rows = []
        for name, m in ranked(board):
            cells = []
            for tid in tasks:
                entry = m["tasks"].get(tid, {})
                value = get(entry) if entry else None
                c = {"value": value, "title": f"{name} · {tid}: " + _cell_title(entry, k), "text": fmt(value, digits),
                     "task": tid, "anchor": task_anchor(tid) if tid in linked else None}
                if value is not None:
                    rgba = HEAT(max(0.0, min(1.0, value / top)))
                    c["bg"] = to_hex(rgba)
                    c["fg"] = "#000" if 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] > 0.55 else "#fff"
                cells.append(c)
            rows.append({"name": name, "colour": colours[name], "cells": cells})
        out.append({"metric": metric, "title": f"{metric}: models × tasks", "rows": rows, "note": note})
    return out


def _cell_title(entry: dict, k: str) -> str:
    if not entry:
        return "no samples"
    parts = [f"eff@{k} {fmt(entry.get('eff@k', {}).get(k))}",
             f"pass@{k} {fmt(entry.get('pass@k', {}).get(k))}", f"{entry.get('passed', '?')}/{entry.get('n', '?')} "
             "passed"]
    if "dps" in entry:
        parts.append(f"DPS {entry['dps']:.1f}")
    return ", ".join(parts)


# ---------------------------------------------------------------- per task
def task_sections(board: dict, source: Source, colours: dict) -> list[dict]:
    """A section per task of the run: statement, levels, time plot, one row per sample."""
    out = []
    tiers = sample_tiers(source, board)
    for tid in sorted(t for t in source.reference if t in source.run_meta.get("tasks", {})):
        meta = source.run_meta["tasks"][tid]
        ref = source.reference[tid]
        hardness = meta["hardness"]
        timed = [lvl for lvl, h in enumerate(hardness) if h > 0]
        n_tiers = len((meta.get("tiers") or {}).get("scores", []))
        unit = "instructions" if source.run_meta["settings"]["measure"] == "instructions" else "s"
        levels = [{"level": lvl, "tests": meta["tests"][lvl] if lvl < len(meta["tests"]) else "?",
                   "hardness": f"{h:g}", "expert": _num(ref["level_times"][lvl] if lvl < len(ref["level_times"])
                                                         else None),
                   "limit": _num(ref["limit"]) if h > 0 else "–"} for lvl, h in enumerate(hardness)]
        samples = []
        rows = sorted((r for r in source.results if r["task_id"] == tid), key=lambda r: (r["model"], r["sample_id"]))
        for r in rows:
            entry = board["models"].get(r["model"], {}).get("tasks", {}).get(tid, {})
            samples.append(_sample_row(r, timed, colours[r["model"]], entry.get("dps"),
                                       describe(tiers.get(r["key"]), n_tiers)))
        out.append({"id": tid, "anchor": task_anchor(tid), "title": meta.get("title", ""),
                    "statement": meta.get("statement", ""), "unit": unit, "levels": levels, "timed_levels": timed,
                    "plot": plot_task_times(tid, source, colours), "samples": samples,
                    "profiles": task_profiles(source.run_dir, tid)})
    return out


def _sample_row(r: dict, timed: list[int], colour: str, model_dps, tier: str) -> dict:
    kind, at = sample_mark(r, timed)
    times = r["level_times"]
    efficiency = {PASSED: fmt(r["efficiency"]), FAILED: "0 (failed)"}.get(r["status"], "–")
    return {"model": r["model"], "colour": colour, "sample": r["sample_id"], "status": r["status"], "mark": kind,
            "mark_label": f"{MARKS[kind][0]} on level {at}" if kind == "stopped" else "", "efficiency": efficiency,
            "times": [_num(times[lvl]) if lvl < len(times) and times[lvl] is not None
                      else ("> T" if lvl < len(times) and r["status"] == PASSED else "–") for lvl in timed],
            "dps": fmt(model_dps, 1), "tier": tier,
            "peak": "–" if r.get("peak_kb") is None else f"{r['peak_kb'] / 1024:.1f} MiB",
            "failure": "; ".join(x for x in (r.get("failure", ""), r.get("detail", "")) if x)}


# ---------------------------------------------------------------- page
def _section(board: dict, source: Source, title: str | None) -> dict:
    colours = model_colours([*board["models"], *(r["model"] for r in source.results)])
    header, rows = _rows(board, colours)
    tasks = sorted({t for m in board["models"].values() for t in m["tasks"]})
    notes = [n for n in (dps_note(board), memory_note(board), complexity_note(board)) if n] + coverage_notes(board) + [
             f"task {tid} {label}: {why}"
             for label, key in (("unscorable", "unscorable_tasks"), ("not scorable by DPE", "dpe_unscorable_tasks"))
             for tid, why in board[key].items()]
    section: dict[str, Any] = {"title": title, "meta": [Markup(_inline_md(line)) for line in meta_lines(board)],
               "models": bool(board["models"]), "k": report_k(board), "header": header, "rows": rows, "notes": notes,
               "heatmaps": [], "plots": [], "task_sections": [], "classes": _classes(board, colours)}
    if board["models"]:
        section["task_sections"] = task_sections(board, source, colours)
        section["heatmaps"] = heatmaps(board, tasks, {t["id"] for t in section["task_sections"]}, colours)
        section["plots"] = [plot_scores_vs_k(board, source, colours)]
    return section


def _classes(board: dict, colours: dict) -> dict | None:
    """The table of each model's inferred complexity classes per task beside the expert's (None without any)."""
    names, rows = complexity_rows(board)
    if not rows:
        return None
    return {"models": [(n, colours[n]) for n in names],
            "rows": [{"task": tid, "expert": expert,
                      "cells": [{"text": text or "–", "worse": worse} for text, worse in cells]}
                     for tid, expert, cells in rows]}


def _inline_md(line: str) -> str:
    """meta_lines use **bold** and `code`; turn those two into HTML after escaping."""
    out, bold, code = [], False, False
    for ch in _html.escape(line):
        if ch == "`":
            out.append("</code>" if code else "<code>")
            code = not code
        else:
            out.append(ch)
    text = "".join(out)
    while "**" in text:
        text = text.replace("**", "</b>" if bold else "<b>", 1)
        bold = not bold
    return text


def html(source: Source, title: str = "effbench report") -> str:
    boards = boards_of(source.board)
    sections = [_section(b, source if len(boards) == 1 else Source(b, source.label),
                         f"Section {i + 1}: {section_title(b).replace('`', '')}"
                         if len(boards) > 1 else None)
                for i, b in enumerate(boards)]
    return template("report.html.j2").render(title=title, source=source.label, sections=sections) + "\n"
