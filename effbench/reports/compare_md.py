"""``effbench compare --format md``: the comparison as a short pull-request comment (or job summary).

A reviewer reads the first line and perhaps the table: so a summary line first (how many regressions and
improvements), then one row per model with its suite eff@k (at the k the reports show) before and after and how sure
the verdict is, and the per-task rows folded away in a ``<details>`` block per task, opened only by who wants them.
The verdicts and tests are :mod:`effbench.compare`'s; this module only lays them out.
"""
from __future__ import annotations

from collections import defaultdict

from effbench.reports.compare import ALPHA, HEAD, SUITE, Row, _cells, missing_line
from effbench.tables import escape_html, escape_markdown, markdown_cell, markdown_table



def model_head(metric: str) -> tuple[str, ...]:
    """The per-model table's header, naming the suite metric of its rows ("eff@5" for a run made with --k 5)."""
    return ("model", f"{metric} base", f"{metric} new", "change", "significant", "verdict", "tasks")



def _sure(row: Row) -> str:
    """How sure the verdict is, in a few words."""
    if row.verdict in ("regression", "improvement"):
        return "yes (deterministic)" if row.test == "deterministic" else f"yes ({row.test})"
    if row.verdict == "not significant":
        return f"no ({row.test})"
    if row.verdict == "same":
        return "within the threshold"
    return row.test


def _verdict(row: Row) -> str:
    return "**REGRESSION**" if row.verdict == "regression" else row.verdict


def headline(rows: list[Row]) -> str:
    bad = sum(r.verdict == "regression" for r in rows)
    good = sum(r.verdict == "improvement" for r in rows)
    if bad:
        return f"❌ {bad} regression(s), {good} improvement(s)"
    return f"✅ no regression, {good} improvement(s)" if good else "✅ no significant change"


def format_markdown(rows: list[Row], threshold: float, alpha: float = ALPHA) -> str:
    suite = [r for r in rows if r.task == SUITE]
    by_task: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.task != SUITE:
            by_task[r.task].append(r)
    flagged: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r.task != SUITE and r.verdict in ("regression", "improvement"):
            flagged[r.model][r.verdict].append(r.task)
    per_model = {model: [f"{len(ts)} {verdict}: {', '.join(map(escape_markdown, ts[:3]))}{' …' if len(ts) > 3 else ''}"
                         for verdict, ts in sorted(by.items())] for model, by in flagged.items()}
    gone = missing_line(rows, escape_markdown)
    out = ["## effbench compare", "", f"**{headline(rows)}** beyond {threshold:.1%} and significant at alpha = "
           f"{alpha:g} (or deterministic)", "", *([f"⚠ {gone}", ""] if gone else [])]
    if suite:
        model_rows = []
        for r in suite:
            cells = _cells(r)
            moved = "; ".join(per_model.get(r.model, [])) or "–"
            ours = (cells[3], cells[4], cells[5], _sure(r), _verdict(r))
            model_rows.append([escape_markdown(r.model)] + [markdown_cell(c) for c in ours] + [moved])
        out += markdown_table(model_head(suite[0].metric), model_rows, "lrrrlll") + [""]
    for task, task_rows in sorted(by_task.items(), key=lambda kv: (not any(r.verdict == "regression"
                                                                           for r in kv[1]), kv[0])):
        verdicts = sorted({r.verdict for r in task_rows})
        task_cells = []
        for r in task_rows:
            cells = _cells(r)
            cells[7] = _verdict(r)
            task_cells.append([escape_markdown(c) for c in cells[:2]] + [markdown_cell(c) for c in cells[2:]])
        out += [f"<details><summary>{escape_html(task)}: {', '.join(verdicts)}</summary>", "",
                *markdown_table(HEAD, task_cells, "lllrrrrll"), "", "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"
