"""The task catalogue (tasks/README.md), generated from the manifests so it cannot drift from them."""
from __future__ import annotations

from collections import Counter

from effbench.tables import markdown_table
from effbench.tasks.dpe_tier_file import DpeTierFile, load_dpe_tier_file
from effbench.tasks.task import Task

HEADER = """# Task catalogue

Generated from the manifests by `effbench tasks catalogue --write`; a test fails when it is stale. The task
format is in [FORMAT.md](FORMAT.md). Tiers are listed slowest first; the expert is marked with `*`. The DPE column
reads the task's tier file (`effbench tiers build`): its tier count, the cost of its slowest tier over its fastest, and
whether EvalPerf's curation keeps it (eligible) for the suite's DPS.

"""


def _dpe(tier_file: DpeTierFile | None) -> str:
    """The DPE column: a task without a tier file, or with one of a single tier, says so."""
    if tier_file is None:
        return "no tier file"
    costs = [tier.cost for tier in tier_file.tiers]
    spread = f", {max(costs) / min(costs):.1f}x" if len(costs) > 1 and min(costs) > 0 else ""
    return f"{len(costs)} tiers{spread}, " + ("eligible" if tier_file.eligible else "not eligible")


def render(tasks: list[Task]) -> str:
    cats = Counter(t.category for t in tasks)
    diffs = Counter(t.difficulty for t in tasks)
    tier_files = {t.id: load_dpe_tier_file(t) for t in tasks}
    eligible = Counter(t.category for t in tasks if (f := tier_files[t.id]) is not None and f.eligible)
    lines = [HEADER.rstrip("\n"), "",
             f"{len(tasks)} tasks, {sum(eligible.values())} with a DPE-eligible tier file. By category (tasks, "
             "eligible): " + ", ".join(f"{c} {n} ({eligible[c]})" for c, n in sorted(cats.items())) + ".",
             "By difficulty: " + ", ".join(f"{d} {diffs[d]}" for d in ("easy", "medium", "hard") if diffs[d]) + ".",
             ""]
    rows = []
    for t in sorted(tasks, key=lambda t: (t.category, t.id)):
        tiers = "; ".join(f"{r.name}{'*' if r.expert else ''} {r.complexity}" for r in t.references)
        rows.append([f"`{t.id}`", t.title, t.category, t.difficulty, tiers.replace("|", "/"),
                     f"{t.levels.sizes[-1]:,}", _dpe(tier_files[t.id])])
    lines += markdown_table(["id", "title", "category", "difficulty", "tiers (slowest first)", "top-level size",
                             "DPE"], rows)
    return "\n".join(lines) + "\n"
