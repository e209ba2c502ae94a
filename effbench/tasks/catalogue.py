"""The task catalogue (tasks/README.md), generated from the manifests so it cannot drift from them."""
from __future__ import annotations

from collections import Counter

from effbench.tables import markdown_table
from effbench.tasks.task import Task

HEADER = """# Task catalogue

Generated from the manifests by `effbench tasks catalogue --write`; a test fails when it is stale. The task
format is in [FORMAT.md](FORMAT.md). Tiers are listed slowest first; the expert is marked with `*`.

"""


def render(tasks: list[Task]) -> str:
    cats = Counter(t.category for t in tasks)
    diffs = Counter(t.difficulty for t in tasks)
    lines = [HEADER.rstrip("\n"), "",
             f"{len(tasks)} tasks. By category: " + ", ".join(f"{c} {n}" for c, n in sorted(cats.items())) + ".",
             "By difficulty: " + ", ".join(f"{d} {diffs[d]}" for d in ("easy", "medium", "hard") if diffs[d]) + ".",
             ""]
    rows = []
    for t in sorted(tasks, key=lambda t: (t.category, t.id)):
        tiers = "; ".join(f"{r.name}{'*' if r.expert else ''} {r.complexity}" for r in t.references)
        rows.append([f"`{t.id}`", t.title, t.category, t.difficulty, tiers.replace("|", "/"),
                     f"{t.levels.sizes[-1]:,}"])
    lines += markdown_table(["id", "title", "category", "difficulty", "tiers (slowest first)", "top-level size"], rows)
    return "\n".join(lines) + "\n"
