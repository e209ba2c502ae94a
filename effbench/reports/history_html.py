"""The history's two renderings: Markdown (a job summary, a README) and one self-contained HTML page.

The page draws one line plot per figure (suite pass@1, eff@1, DPS) as inline SVG made here rather than matplotlib
PNG, because a point must tell its commit, date and value on hover: each point is an SVG shape with a ``<title>``,
which every browser shows as a tooltip with no script and nothing fetched.  The x axis is the run order (one slot
per input, labelled with its short commit and date), so points of different models from one run line up.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import jinja2
from markupsafe import Markup, escape

from effbench.reports.history import METRICS, History, Point
from effbench.reports.plots import model_colours

W, H = 980, 330
LEFT, RIGHT, TOP, BOTTOM = 62, 20, 26, 64
MAX_LABELS = 14
FLAG = {"regression": "#c0392b", "improvement": "#1e7b34"}


def _fmt(metric: str, value) -> str:
    return "–" if value is None else (f"{value:.1f}" if metric == "DPS" else f"{value:.3f}")


def _change(p: Point) -> str:
    return "" if p.change is None else f"{p.change:+.1%}"


# ---------------------------------------------------------------- Markdown
def markdown(history: History, title: str = "effbench history") -> str:
    runs = history.runs
    out = [f"## {title}", "",
           f"{len(runs)} run(s) from {runs[0].date[:10]} to {runs[-1].date[:10]}, {len(history.points)} model(s). "
           f"A ⚑ starts a new line: the setup (mode, rules, interpreter, counter) or the task set changed, so the "
           f"point is not comparable with the one before. eff@1 changes beyond {history.threshold:.1%} are judged "
           f"as `effbench compare` does (alpha = {history.alpha:g}).", ""]
    for model, points in history.points.items():
        out += [f"### {model}", "", "| run | date | commit | setup | pass@1 | eff@1 | DPS | eff@1 vs previous |",
                "|--:|---|---|---|--:|--:|--:|---|"]
        for p in points:
            verdict = p.verdict.upper() if p.verdict == "regression" else p.verdict
            if p.verdict == "regression":
                verdict = f"**{verdict}**"
            step = f"⚑ new line: {p.broke}" if p.broke else " ".join(x for x in (_change(p), verdict) if x)
            if p.verdict == "not tested":
                step += f" ({p.test})"
            cells = [str(p.run + 1), p.date[:10], f"`{p.commit[:7]}`" if p.commit else "–", p.setup.label(),
                     *(_fmt(m, p.values[m]) for m, _ in METRICS), step or "–"]
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        out.append("")
    out += ["Runs, in order: " + ", ".join(f"{i + 1}. {r.source}" for i, r in enumerate(runs)), ""]
    return "\n".join(out)


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


def _title(p: Point, metric: str, runs) -> str:
    lines = [f"{p.model} · {metric} {_fmt(metric, p.values[metric])}",
             f"commit {p.commit[:12] if p.commit else '?'} · {p.date}", f"run {p.run + 1}: {runs[p.run].source}",
             f"{p.setup.label()} · {p.machine}"]
    if p.broke:
        lines.append(f"new line: {p.broke}")
    elif p.verdict and metric == "eff@1":
        lines.append(f"eff@1 vs previous: {_change(p)} {p.verdict} ({p.test})")
    return "\n".join(lines)


def figure(history: History, metric: str, colours: dict) -> Figure:
    n = len(history.runs)
    values = [p.values[metric] for ps in history.points.values() for p in ps if p.values[metric] is not None]
    top = 100.0 if metric == "DPS" else max([1.0, *values]) * 1.04
    plot_w, plot_h = W - LEFT - RIGHT, H - TOP - BOTTOM

    def x(run: int) -> float:
        return LEFT + (run + 0.5) * plot_w / n

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" '
             f'aria-label="{escape(metric)} over runs" font-family="system-ui,sans-serif" font-size="13">',
             f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" fill="#fbfbfd" stroke="#bbb"/>']
    for t in _ticks(0.0, top):
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e3e3e8"/>'
                     f'<text x="{LEFT - 6}" y="{y(t) + 4:.1f}" text-anchor="end" fill="#444">{t:g}</text>')
    every = max(1, math.ceil(n / MAX_LABELS))
    for i, run in enumerate(history.runs):
        if i % every == 0 or i == n - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle" fill="#333">'
                         f'{escape(run.short)}</text><text x="{x(i):.1f}" y="{H - BOTTOM + 34}" '
                         f'text-anchor="middle" fill="#777" font-size="11">{escape(run.date[:10])}</text>')
    parts.append(f'<text x="{LEFT}" y="{TOP - 8}" fill="#222" font-weight="600">{escape(metric)}</text>'
                 f'<text x="{W - RIGHT}" y="{H - 8}" text-anchor="end" fill="#555" font-size="12">'
                 'run (commit, date), oldest first</text>')
    breaks = sorted({p.run for ps in history.points.values() for p in ps if p.broke})
    for at in breaks:
        parts.append(f'<line class="break" x1="{x(at) - plot_w / n / 2:.1f}" x2="{x(at) - plot_w / n / 2:.1f}" '
                     f'y1="{TOP}" y2="{H - BOTTOM}" stroke="#888" stroke-dasharray="5 4"/>')
    lines = shapes = flagged = 0
    count = len(history.points)
    for index, (model, points) in enumerate(history.points.items()):
        colour = colours[model]
        shift = (index - (count - 1) / 2) * min(5.0, plot_w / n / (2 * count))  # equal values stay visible

        def px(run: int, shift=shift) -> float:
            return x(run) + shift

        drawn = [p for p in points if p.values[metric] is not None]
        for line in sorted({p.line for p in drawn}):
            mine = [p for p in drawn if p.line == line]
            if len(mine) > 1:
                coords = " ".join(f"{px(p.run):.1f},{y(p.values[metric]):.1f}" for p in mine)
                parts.append(f'<polyline class="line" data-model="{escape(model)}" points="{coords}" fill="none" '
                             f'stroke="{colour}" stroke-width="2.2"/>')
                lines += 1
        for p in drawn:
            cx, cy = px(p.run), y(p.values[metric])
            title = f"<title>{escape(_title(p, metric, history.runs))}</title>"
            if metric == "eff@1" and p.verdict in FLAG:
                parts.append(f'<circle class="flag flag-{p.verdict}" cx="{cx:.1f}" cy="{cy:.1f}" r="10" '
                             f'fill="none" stroke="{FLAG[p.verdict]}" stroke-width="2.5"/>')
                flagged += 1
            if p.broke:  # the first point of a new line: a square, so the eye does not join it to the last
                parts.append(f'<rect class="point new-line" x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" '
                             f'height="12" fill="#fff" stroke="{colour}" stroke-width="2.5">{title}</rect>')
            else:
                parts.append(f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="5.5" fill="{colour}" '
                             f'stroke="#fff" stroke-width="1">{title}</circle>')
            shapes += 1
    parts.append("</svg>")
    return Figure(metric, Markup("".join(parts)),
                  {"metric": metric, "points": shapes, "lines": lines, "breaks": len(breaks), "flagged": flagged})


# ---------------------------------------------------------------- page
@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("effbench.reports", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True)
    return env.get_template("history.html.j2")


def html(history: History, title: str = "effbench history") -> str:
    colours = model_colours(history.points)
    metrics = [m for m, _ in METRICS
               if any(p.values[m] is not None for ps in history.points.values() for p in ps)]
    tables = [{"model": model, "colour": colours[model], "points": [
        {"run": p.run + 1, "date": p.date[:10], "commit": p.commit[:7] if p.commit else "–",
         "setup": p.setup.label(), "cells": [_fmt(m, p.values[m]) for m, _ in METRICS], "broke": p.broke,
         "verdict": p.verdict, "change": _change(p), "test": p.test} for p in points]}
        for model, points in history.points.items()]
    return _template().render(
        title=title, runs=history.runs, figures=[figure(history, m, colours) for m in metrics],
        legend=[(m, colours[m]) for m in history.points], tables=tables, metrics=[m for m, _ in METRICS],
        threshold=f"{history.threshold:.1%}", alpha=f"{history.alpha:g}") + "\n"
