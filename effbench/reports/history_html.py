"""The history's two renderings: Markdown (a job summary, a README) and one self-contained HTML page.

The page draws one line plot per figure (suite pass@k and eff@k at the runs' k, DPS, and each task's expert cost
relative to its first) as inline SVG made here rather than matplotlib PNG, because a point must tell its commit,
date and value on hover: each point is an SVG shape with a ``<title>``, which every browser shows as a tooltip with
no script and nothing fetched. The x axis is the run order (one slot per input, labelled with its short commit and
date), so points of different models from one run line up.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from markupsafe import Markup

from effbench.reports.history import ExpertPoint, History, Point
from effbench.reports.plots import model_colours
from effbench.reports.templates_env import html_lines, html_text, template
from effbench.tables import escape_markdown, markdown_cell, markdown_table

W, H = 980, 330
LEFT, RIGHT, TOP, BOTTOM = 62, 20, 26, 64
MAX_LABELS = 14
FLAG = {"regression": "#c0392b", "improvement": "#1e7b34", "moved": "#d68910"}  # "moved": an expert's cost


def model_head(history: History) -> tuple[str, ...]:
    """The per-model table's header, at the history's k."""
    return ("run", "date", "commit", "setup", *(m for m, _ in history.metrics), f"{history.eff} vs previous")

EXPERT_NOTE = ("Every run re-measures each task's expert: a step most tasks' experts share is the machine or the "
               "interpreter, not a model. An expert's line breaks (⚑) where the setup, the task or, in the time "
               "modes, the machine changed; a change beyond the threshold is marked as moved.")


def _fmt(metric: str, value) -> str:
    return "–" if value is None else (f"{value:.1f}" if metric == "DPS" else f"{value:.3f}")


def _change(p: Point) -> str:
    return "" if p.change is None else f"{p.change:+.1%}"


# ---------------------------------------------------------------- Markdown
def markdown(history: History, title: str = "effbench history") -> str:
    runs = history.runs
    out = [f"## {title}", "",
           f"{len(runs)} run(s) from {runs[0].date[:10]} to {runs[-1].date[:10]}, {len(history.points)} model(s). "
           "A ⚑ starts a new line: the setup (mode, rules, alpha, estimator, interpreter, counter), the task set or "
           "the tasks the model was scored on changed, so the point is not comparable with the one before. "
           f"{history.eff} changes beyond {history.threshold:.1%} are judged "
           f"as `effbench compare` does (alpha = {history.alpha:g}).", ""]
    for model, points in history.points.items():
        rows = []
        for p in points:
            verdict = p.verdict.upper() if p.verdict == "regression" else p.verdict
            if p.verdict == "regression":
                verdict = f"**{verdict}**"
            step = f"⚑ new line: {p.broke}" if p.broke else " ".join(x for x in (_change(p), verdict) if x)
            if p.verdict == "not tested":
                step += f" ({p.test})"
            rows.append([str(p.run + 1), p.date[:10], f"`{p.commit[:7]}`" if p.commit else "–", p.setup.label(),
                         *(_fmt(m, p.values[m]) for m, _ in history.metrics), step or "–"])
        out += [f"### {escape_markdown(model)}", "", *_table(model_head(history), rows, "rlllrrrl"), ""]
    out += _markdown_experts(history)
    out += ["Runs, in order: " + ", ".join(f"{i + 1}. {r.source}" + (f" ({escape_markdown('; '.join(r.notes))})"
                                                                      if r.notes else "") for i, r in enumerate(runs)),
            ""]
    return "\n".join(out)


def _markdown_experts(history: History) -> list[str]:
    if not history.experts:
        return []
    runs = [[str(r["run"]), r["date"], f"`{r['commit']}`" if r["commit"] != "–" else "–", r["machine"],
             str(r["tasks"]), r["median"], r["moved"], f"⚑ {r['broke']}" if r["broke"] else "–"]
            for r in expert_rows(history)]
    head, rows = expert_cells(history)
    return ["### Expert cost per task", "", EXPERT_NOTE, "",
            *_table(("run", "date", "commit", "machine", "tasks", "median change",
                     f"beyond {history.threshold:.1%}", "new lines"), runs, "rlllrrrl"),
            "", f"<details><summary>Expert cost per task and run ({len(rows)} tasks)</summary>", "",
            *_table(("task", *head), [[task, *cells] for task, cells in rows], "l" + "r" * len(head)),
            "", "</details>", ""]


def _table(head, rows: list[list[str]], align: str) -> list[str]:
    """A Markdown table of effbench's own text, each cell kept one cell (tables.markdown_cell)."""
    return markdown_table(head, [[markdown_cell(c) for c in row] for row in rows], align)


def expert_cells(history: History) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The per-task table of the experts' costs: one column per run (its number and short commit), one row per
    task; a cell is the cost in its mode's unit, ⚑ where the line broke, and the change where it moved."""
    head = [f"{i + 1} {run.short}" for i, run in enumerate(history.runs)]
    rows = []
    for task, points in history.experts.items():
        cells = ["–"] * len(history.runs)
        for p in points:
            unit = "" if p.setup.mode == "instructions" else " s"
            moved = f" ({p.change:+.0%})" if p.change is not None and p.moved(history.threshold) else ""
            cells[p.run] = f"{p.cost:.4g}{unit}{' ⚑' if p.broke else ''}{moved}"
        rows.append((task, cells))
    return head, rows


# ---------------------------------------------------------------- SVG line plots
@dataclass
class Figure:
    metric: str
    svg: Markup
    facts: dict = field(default_factory=dict)


def _ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    step = (hi - lo) / n
    magnitude = 10 ** math.floor(math.log10(step))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= step), default=step)
    return [round(lo + i * step, 10) for i in range(int((hi - lo) / step + 1e-9) + 1)]


def _title(p: Point, metric: str, runs, judged: str) -> tuple[str, ...]:
    lines = [f"{p.model} · {metric} {_fmt(metric, p.values[metric])}",
             f"commit {p.commit[:12] if p.commit else '?'} · {p.date}", f"run {p.run + 1}: {runs[p.run].source}",
             f"{p.setup.label()} · {p.machine}"]
    if p.broke:
        lines.append(f"new line: {p.broke}")
    elif p.verdict and metric == judged:
        lines.append(f"{judged} vs previous: {_change(p)} {p.verdict} ({p.test})")
    return tuple(lines)


@dataclass
class Mark:
    """One point of a plotted series: where, which line, its tooltip's lines, and its ring (a key of FLAG, or '')."""

    run: int
    value: float
    line: int
    new_line: bool
    title: tuple[str, ...]
    flag: str = ""


def line_plot(label: str, runs: list, series: list[tuple[str, str, list[Mark]]], top: float) -> Figure:
    """An SVG plot over the runs: per series (name, colour, marks), its points joined line by line, the first
    point of each new line a square, rings on flagged points, a dashed rule where some line breaks."""
    n = len(runs)
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(run: int) -> float:
        return LEFT + (run + 0.5) * plot_w / n

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
             f'aria-label="{html_text(label)} over runs" font-family="system-ui,sans-serif" font-size="13">',
             f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#fbfbfd" stroke="#bbb"/>']
    for t in _ticks(0.0, top):
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e3e3e8"/>'
                     f'<text x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end" fill="#444">{t:g}</text>')
    every = max(1, math.ceil(n / MAX_LABELS))
    for i, run in enumerate(runs):
        if i % every == 0 or i == n - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle" fill="#333">'
                         f'{html_text(run.short)}</text><text x="{x(i):.1f}" y="{H - BOTTOM + 34}" '
                         f'text-anchor="middle" fill="#777" font-size="11">{html_text(run.date[:10])}</text>')
    parts.append(f'<text x="{LEFT}" y="{TOP - 8}" fill="#222" font-weight="600">{html_text(label)}</text>'
                 f'<text x="{W - RIGHT}" y="{H - 8}" text-anchor="end" fill="#555" font-size="12">'
                 'run (commit, date), oldest first</text>')
    breaks = sorted({m.run for _, _, marks in series for m in marks if m.new_line})
    for at in breaks:
        parts.append(f'<line class="break" x1="{x(at) - plot_w / n / 2:.1f}" x2="{x(at) - plot_w / n / 2:.1f}" '
                     f'y1="{TOP}" y2="{H - BOTTOM}" stroke="#888" stroke-dasharray="5 4"/>')
    lines = shapes = flagged = 0
    for index, (name, colour, marks) in enumerate(series):
        shift = (index - (len(series) - 1) / 2) * min(5.0, plot_w / n / (2 * len(series)))  # equal values stay visible

        def px(run: int, shift=shift) -> float:
            return x(run) + shift

        for line in sorted({m.line for m in marks}):
            mine = [m for m in marks if m.line == line]
            if len(mine) > 1:
                coords = " ".join(f"{px(m.run):.1f},{y(m.value):.1f}" for m in mine)
                parts.append(f'<polyline class="line" data-series="{html_text(name)}" points="{coords}" fill="none" '
                             f'stroke="{colour}" stroke-width="2.2"/>')
                lines += 1
        for m in marks:
            cx, cy = px(m.run), y(m.value)
            title = f"<title>{html_lines(m.title)}</title>"
            if m.flag:
                parts.append(f'<circle class="flag flag-{m.flag}" cx="{cx:.1f}" cy="{cy:.1f}" r="10" '
                             f'fill="none" stroke="{FLAG[m.flag]}" stroke-width="2.5"/>')
                flagged += 1
            if m.new_line:  # the first point of a new line: a square, so the eye does not join it to the last
                parts.append(f'<rect class="point new-line" x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" '
                             f'height="12" fill="#fff" stroke="{colour}" stroke-width="2.5">{title}</rect>')
            else:
                parts.append(f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="5.5" fill="{colour}" '
                             f'stroke="#fff" stroke-width="1">{title}</circle>')
            shapes += 1
    parts.append("</svg>")
    return Figure(label, Markup("".join(parts)),
                  {"metric": label, "points": shapes, "lines": lines, "breaks": len(breaks), "flagged": flagged})


def figure(history: History, metric: str, colours: dict) -> Figure:
    """A suite score of every model over the runs; eff@k changes ``compare`` flags are ringed."""
    series = [(model, colours[model],
               [Mark(p.run, p.values[metric], p.line, bool(p.broke), _title(p, metric, history.runs, history.eff),
                     p.verdict if metric == history.eff and p.verdict in FLAG else "")
                for p in points if p.values[metric] is not None])
              for model, points in history.points.items()]
    values = [m.value for _, _, marks in series for m in marks]
    return line_plot(metric, history.runs, series, 100.0 if metric == "DPS" else max([1.0, *values]) * 1.04)


def _unit(p: ExpertPoint) -> str:
    return "instructions" if p.setup.mode == "instructions" else f"{p.setup.mode} s"


def _expert_title(p: ExpertPoint, history: History) -> tuple[str, ...]:
    run = history.runs[p.run]
    lines = [f"{p.task} · expert {p.cost:.4g} {_unit(p)} ({p.relative:.3f} × its first in {p.setup.mode} mode)",
             f"commit {run.commit[:12] if run.commit else '?'} · {run.date}", f"run {p.run + 1}: {run.source}",
             f"{p.setup.label()} · {p.machine}"]
    if p.broke:
        lines.append(f"new line: {p.broke}")
    elif p.change is not None:
        lines.append(f"vs previous: {p.change:+.1%}" + (" (moved)" if p.moved(history.threshold) else ""))
    return tuple(lines)


def expert_figure(history: History) -> Figure | None:
    """Each task's expert cost over the runs, relative to its first cost in the same mode (tasks differ by orders
    of magnitude); a step most tasks share is the machine or the interpreter."""
    if not history.experts:
        return None
    colours = model_colours(history.experts)
    series = [(task, colours[task], [Mark(p.run, p.relative, p.line, bool(p.broke), _expert_title(p, history),
                                          "moved" if p.moved(history.threshold) else "") for p in points])
              for task, points in history.experts.items()]
    top = max([1.0, *(m.value for _, _, marks in series for m in marks)]) * 1.04
    return line_plot("expert cost (× first)", history.runs, series, top)


def expert_rows(history: History) -> list[dict]:
    """Per run: the experts' median change against the run before and how many tasks moved beyond the threshold
    (what tells a machine or interpreter change from a model change)."""
    rows = []
    for i, run in enumerate(history.runs):
        here = [p for ps in history.experts.values() for p in ps if p.run == i]
        median, moved, steps = history.expert_shift(i)
        broke = sorted({p.broke for p in here if p.broke})
        rows.append({"run": i + 1, "date": run.date[:10], "commit": run.commit[:7] if run.commit else "–",
                     "machine": ", ".join(sorted({p.machine for p in here})) or "–", "tasks": len(here),
                     "median": "–" if median is None else f"{median:+.1%}",
                     "moved": f"{moved} of {steps}" if steps else "–", "broke": "; ".join(broke)})
    return rows


# ---------------------------------------------------------------- page
def html(history: History, title: str = "effbench history") -> str:
    colours = model_colours(history.points)
    metrics = [m for m, _ in history.metrics
               if any(p.values[m] is not None for ps in history.points.values() for p in ps)]
    tables = [{"model": model, "colour": colours[model], "points": [
        {"run": p.run + 1, "date": p.date[:10], "commit": p.commit[:7] if p.commit else "–",
         "setup": p.setup.label(), "cells": [_fmt(m, p.values[m]) for m, _ in history.metrics], "broke": p.broke,
         "verdict": p.verdict, "change": _change(p), "test": p.test} for p in points]}
        for model, points in history.points.items()]
    expert_head, expert_table = expert_cells(history)
    return template("history.html.j2").render(
        title=title, runs=history.runs, figures=[figure(history, m, colours) for m in metrics],
        legend=[(m, colours[m]) for m in history.points], tables=tables,
        metrics=[m for m, _ in history.metrics], eff=history.eff,
        threshold=f"{history.threshold:.1%}", alpha=f"{history.alpha:g}", expert_figure=expert_figure(history),
        expert_note=EXPERT_NOTE, expert_runs=expert_rows(history) if history.experts else [],
        expert_head=expert_head, expert_table=expert_table) + "\n"
