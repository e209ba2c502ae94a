"""The Markdown report: fits a GitHub job summary (leaderboard with intervals, run metadata, per-task details)."""
from __future__ import annotations

from effbench.reports.board import boards_of
from effbench.reports.source import (Source, cell, columns, complexity_note, complexity_rows, coverage_notes, dps_note,
                                     dpe_meta, fmt, fmt_ci, memory_note, meta_lines, ranked, report_k, section_title,
                                     uncertainty_meta)
from effbench.tables import escape_markdown, markdown_table


def markdown(source: Source, title: str = "effbench report") -> str:
    """A report that fits a GitHub job summary: leaderboard with intervals, run metadata, per-task details."""
    out = [f"## {title}", ""]
    boards = boards_of(source.board)
    for i, board in enumerate(boards):
        if len(boards) > 1:
            out += [f"### Section {i + 1}: {section_title(board)}", ""]
        out += _markdown_board(board)
    out += _markdown_tiers(source)
    return "\n".join(out).rstrip() + "\n"


def _markdown_tiers(source: Source) -> list[str]:
    """Each task's DPE tiers (slowest first): the score a sample matching it gets, and its representative's cost
    as re-measured in this run (median of its repeats)."""
    if not source.tier_costs:
        return []
    rows = [[tid, " · ".join(f"{score:.0f} @ {cost:.4g}" for score, _, cost in tiers)]
            for tid, tiers in sorted(source.tier_costs.items())]
    return [f"<details><summary>DPE tiers ({len(source.tier_costs)} tasks)</summary>", "",
            *markdown_table(["task", "tiers: score % @ representative's cost (slowest first)"], rows),
            "", "</details>", ""]


def _markdown_board(board: dict) -> list[str]:
    out = [f"- {line}" for line in meta_lines(board)] + [""]
    if not board["models"]:
        return out + ["(no scored samples)", ""]
    cols = columns(board)
    rows = [[escape_markdown(name), str(m["n_tasks"]), str(m["n_samples"])]
            + [fmt_ci(*cell(m, metric, k), digits) for _, metric, k, digits in cols] for name, m in ranked(board)]
    out += markdown_table(["model", "tasks", "samples"] + [c[0] for c in cols], rows, "lrr" + "l" * len(cols))
    unc = uncertainty_meta(board)
    out += ["", f"Intervals: {unc.get('level', 0.95):.0%} {unc.get('method', 'bootstrap over tasks')} "
                f"({unc.get('resamples', '?')} resamples). {dps_note(board)}", ""]
    for note in (memory_note(board), complexity_note(board)):
        out += [note, ""] if note else []
    out += [f"- {escape_markdown(note)}" for note in coverage_notes(board)]
    for label, key in (("unscorable", "unscorable_tasks"), ("not scorable by DPE", "dpe_unscorable_tasks")):
        for tid, why in board[key].items():
            out.append(f"- task `{tid}` {label}: {escape_markdown(why)}")
    for tid, why in dpe_meta(board).get("warnings", {}).items():
        out.append(f"- task `{tid}` DPE warning: {escape_markdown(why)}")
    tasks = sorted({t for m in board["models"].values() for t in m["tasks"]})
    names = [n for n, _ in ranked(board)]
    k = report_k(board)
    rows = [[tid] + [fmt(board["models"][n]["tasks"].get(tid, {}).get("eff@k", {}).get(k)) for n in names]
            for tid in tasks]
    return out + ["", f"<details><summary>Per task eff@{k} ({len(tasks)} tasks × {len(names)} models)</summary>", "",
                  *markdown_table(["task"] + [escape_markdown(n) for n in names], rows, "l" + "r" * len(names)),
                  "", "</details>", "", *_markdown_classes(board)]


def _markdown_classes(board: dict) -> list[str]:
    """Per task, each model's inferred complexity classes beside the expert's (bold: worse than the expert's)."""
    names, rows = complexity_rows(board)
    if not rows:
        return []
    table = [[tid, expert] + [f"**{text}**" if worse else (text or "–") for text, worse in cells]
             for tid, expert, cells in rows]
    return [f"<details><summary>Complexity classes per task ({len(rows)} tasks; bold: worse than the expert's)"
            "</summary>", "", *markdown_table(["task", "expert"] + [escape_markdown(n) for n in names], table),
            "", "</details>", ""]
