"""The task catalogue (tasks/README.md), generated from the manifests so it cannot drift from them."""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict

from effbench.tables import markdown_table
from effbench.tasks.dpe_tier_file import DpeTierFile, load_dpe_tier_file
from effbench.tasks.task import Task

HEADER = """# Task catalogue

Generated from the manifests by `effbench tasks catalogue --write`; a test fails when it is stale. The task
format is in [FORMAT.md](FORMAT.md). Tiers are listed slowest first; the expert is marked with `*`. The DPE column
reads the task's tier file (`effbench tiers build`): its tier count, the cost of its slowest tier over its fastest, and
whether EvalPerf's curation keeps it (eligible) for the suite's DPS.

"""


def _spread(tier_file: DpeTierFile | None) -> float | None:
    """The cost of the tier file's slowest tier over its fastest (instructions on the DPE input in a built file, so
    the catalogue stays the same from one machine to the next); None without two tiers to compare."""
    costs = [tier.cost for tier in tier_file.tiers] if tier_file is not None else []
    return max(costs) / min(costs) if len(costs) > 1 and min(costs) > 0 else None


def _dpe(tier_file: DpeTierFile | None) -> str:
    """The DPE column: a task without a tier file, or with one of a single tier, says so."""
    if tier_file is None:
        return "no tier file"
    spread = _spread(tier_file)
    return (f"{len(tier_file.tiers)} tiers{f', {spread:.1f}x' if spread else ''}, "
            + ("eligible" if tier_file.eligible else "not eligible"))


def _by_category(tasks: list[Task], tier_files: dict, eligible: Counter) -> list[str]:
    """Per category: its tasks, how many have an eligible tier file (*eligible*, by category), and the spread of
    their tier files."""
    spreads: dict[str, list[float]] = defaultdict(list)
    for t in tasks:
        if (spread := _spread(tier_files[t.id])) is not None:
            spreads[t.category].append(spread)
    rows = []
    for category, members in sorted(Counter(t.category for t in tasks).items()):
        found = spreads[category]
        rows.append([category, str(members), str(eligible[category]),
                     f"{min(found):.1f}x / {statistics.median(found):.1f}x / {max(found):.1f}x" if found else "-"])
    return markdown_table(["category", "tasks", "DPE-eligible", "tier spread (min / median / max)"], rows)


def render(tasks: list[Task]) -> str:
    diffs = Counter(t.difficulty for t in tasks)
    tier_files = {t.id: load_dpe_tier_file(t) for t in tasks}
    eligible = Counter(t.category for t in tasks if (f := tier_files[t.id]) is not None and f.eligible)
    lines = [HEADER.rstrip("\n"), "",
             f"{len(tasks)} tasks, {sum(eligible.values())} with a DPE-eligible tier file. By difficulty: "
             + ", ".join(f"{d} {diffs[d]}" for d in ("easy", "medium", "hard") if diffs[d]) + ".", "",
             "By category (the tier spread is each tier file's slowest tier over its fastest):", ""]
    lines += _by_category(tasks, tier_files, eligible) + [""]
    rows = []
    for t in sorted(tasks, key=lambda t: (t.category, t.id)):
        tiers = "; ".join(f"{r.name}{'*' if r.expert else ''} {r.complexity}" for r in t.references)
        rows.append([f"`{t.id}`", t.title, t.category, t.difficulty, tiers.replace("|", "/"),
                     f"{t.levels.sizes[-1]:,}", _dpe(tier_files[t.id])])
    lines += markdown_table(["id", "title", "category", "difficulty", "tiers (slowest first)", "top-level size",
                             "DPE"], rows)
    return "\n".join(lines) + "\n"
