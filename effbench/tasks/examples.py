"""Example samples made from the suite itself: each reference tier as a pseudo-model, plus a buggy model and an
adversarial one, so that a run shows every kind of outcome.  ``effbench tasks export-samples`` writes them."""
from __future__ import annotations

from effbench.tasks.task import Task

# Rebinds every clock a naive harness would read, then does the slowest tier's work: it must score like that tier.
CHEAT_PREFIX = '''import time, resource
time.perf_counter = time.process_time = time.monotonic = time.time = lambda: 0.0
time.perf_counter_ns = time.process_time_ns = time.monotonic_ns = time.time_ns = lambda: 0
resource.getrusage = lambda *args: None
'''


# The embedded first run (`effbench run --example`): a handful of quick tasks from different categories, so that a
# first run shows every kind of outcome in minutes (at most 3 of measuring on 2 cores) instead of the whole suite.
# (max-subarray-sum was one: its slowest tier alone took 1.5 of the 3.5 minutes on a loaded machine, in the DPE phase;
# bracket-max-depth and anagram-groups-count were two until their top levels grew for issue 19: their slowest tiers
# now take 3 to 5 s of CPU a run, and the example took 2.5 minutes quiet, 46 s of it anagram-groups-count's DPE phase.)
EXAMPLE_TASKS = ("pair-sum-count", "template-fill", "roman-numeral-total")


def reference_model(rank: int) -> str:
    """Pseudo-model name of a tier by its rank from the fastest (1 = the expert's tier)."""
    return f"reference-tier{rank}"


def example_rows(tasks: list[Task], adversarial: bool = True) -> list[dict]:
    rows = []
    for task in tasks:
        fastest_first = list(reversed(task.references))
        for rank, ref in enumerate(fastest_first, 1):
            rows.append({"task_id": task.id, "model": reference_model(rank), "solution": ref.code})
        if adversarial:
            rows.append({"task_id": task.id, "model": "buggy",
                         "solution": f"def {task.entry_point}(*args):\n    return None\n"})
            rows.append({"task_id": task.id, "model": "timer-cheat",
                         "solution": CHEAT_PREFIX + task.references[0].code})
    return rows
