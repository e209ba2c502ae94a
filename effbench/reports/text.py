"""The leaderboard as the terminal shows it after ``effbench run``/``score``/``leaderboard``."""
from __future__ import annotations

from effbench.reports.source import coverage_notes, ranked, shown_ks
from effbench.scoring.complexity_summary import SHARE_COLUMN
from effbench.scoring.memory import SCORES as MEMORY_SCORES
from effbench.tables import printable, text_table


def format_board(board: dict) -> str:
    models = board.get("models", {})
    if not models:
        return "(no scored samples)"
    ks = shown_ks(board)  # a k no model has a score at (more than any task's samples) would be a column of dashes
    head = ["model", "tasks", "samples"] + [f"pass@{k}" for k in ks] + [f"eff@{k}" for k in ks] + ["DPS", "DPS_norm"]
    memory = any(m.get("memory") for m in models.values())  # EffiBench-style memory ratios (scoring.memory)
    head += list(MEMORY_SCORES) if memory else []
    classes = any(m.get("complexity") for m in models.values())  # effbench run --complexity
    head += [SHARE_COLUMN] if classes else []
    rows = [head]
    for name, m in ranked(board):
        cells = [name, str(m["n_tasks"]), str(m["n_samples"])]
        for metric in ("pass@k", "eff@k"):
            cells += ["-" if m[metric].get(k) is None else f"{m[metric][k]:.3f}" for k in ks]
        cells += ["-" if m.get(key) is None else f"{m[key]:.1f}" for key in ("DPS", "DPS_norm")]
        if memory:
            cells += ["-" if (m.get("memory") or {}).get(key) is None else f"{m['memory'][key]:.2f}"
                      for key in MEMORY_SCORES]
        if classes:
            share = (m.get("complexity") or {}).get("at_expert_class_or_better")
            cells.append("-" if share is None else f"{share:.2f}")
        rows.append(cells)
    table = "\n".join([text_table(rows), *map(printable, coverage_notes(board))])  # the notes name models too
    dpe = (board.get("meta") or {}).get("dpe")
    if dpe and any(m.get("DPS") is not None for m in models.values()):
        table += f"\nDPS: {dpe['mode']} mode, tier matching {dpe['matching']}"
    return table
