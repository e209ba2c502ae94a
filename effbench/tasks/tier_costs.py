"""What a task's tiers cost at its top level, and whether they fall in their declared order: the part of ``effbench
tasks validate`` (not --fast) and of benchmarks/suite_tiers.py that reads the figures, apart from the part that
runs the programs (effbench.tasks.validate), and the costs file they keep (``--costs-json``,
task-costs.schema.json)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from effbench import jsonfile
from effbench.errors import EffbenchError, ValidationError
from effbench.files import write_text_atomic
from effbench.schema_check import first_problem
from effbench.tasks.task import Task

SLOW_CAP = 40.0          # a tier may take this many times the expert before it is cut off (and counted as slower)
MIN_CUT_OFF = 2.0        # seconds of CPU: no cut-off is shorter, however fast the expert
# What a task's sizes aim for at the top level (the suite's issue 19): the expert's CPU time, and how many times
# slower than the expert its slowest tier is.  Outside these, validation passes with a note: timings move with load.
EXPERT_RANGE_MS = (20.0, 1000.0)
MIN_SEPARATION = 5.0


@dataclass(frozen=True)
class ReferenceCost:
    name: str
    seconds: float
    capped: bool  # hit the cut-off: at least this slow

    def to_dict(self) -> dict:
        return {"name": self.name, "seconds": self.seconds, "capped": self.capped}


def cost_record(task: Task, costs) -> dict:
    """One task's entry in a costs file (``tasks validate --costs-json``, benchmarks/suite_tiers.py)."""
    return {"category": task.category, "tiers": [c.to_dict() for c in costs]}


def write_cost_file(path: Path, records: dict) -> None:
    """A costs file, {task id: cost_record}, rewritten whole, and whole or not at all: an interrupted measurement
    keeps every task it finished (written in place, a write cut short left the file truncated, every task lost)."""
    write_text_atomic(path, json.dumps(records, indent=1) + "\n")


def read_cost_file(path: Path) -> dict:
    """A costs file's records, or EffbenchError (one line: the file, the field, what is wrong) if it is not JSON or
    does not fit task-costs.schema.json: a file edited by hand or of another shape was a KeyError or TypeError from
    whichever figure read the field first, after a ``--measure`` that may have taken an hour."""
    records = jsonfile.read(path)
    problem = first_problem(records, "task-costs")
    if problem:
        raise EffbenchError(f"{path}: not a costs file: {problem}")
    return records


def describe_tier_order(costs: list[ReferenceCost], top: int) -> str:
    """The margins between adjacent tiers; raises if they do not get cheaper in declared order.  Notes the expert's
    time outside EXPERT_RANGE_MS and a slowest tier under MIN_SEPARATION times the expert."""
    parts = []
    for slow, fast in zip(costs, costs[1:]):
        if slow.capped and fast.capped:
            raise ValidationError(f"tiers {slow.name} and {fast.name} are both past the cut-off at level {top} "
                                  f"({SLOW_CAP:g}x the expert, {_ms(fast)[2:]}): their order cannot be measured "
                                  "there; make the top level smaller, or the tiers further apart")
        if fast.capped or (not slow.capped and slow.seconds <= fast.seconds):
            raise ValidationError(f"tiers out of order at level {top}: {slow.name} {_ms(slow)} is not slower "
                                  f"than {fast.name} {_ms(fast)}")
        parts.append(f"{slow.name} {_ms(slow)} > {fast.name} {_ms(fast)} "
                     f"({'>=' if slow.capped else ''}{slow.seconds / fast.seconds:.2f}x)")
    expert, slowest = costs[-1], costs[0]
    lo, hi = EXPERT_RANGE_MS
    notes = [] if lo <= expert.seconds * 1000 <= hi else [f"expert {_ms(expert)} at top, outside {lo:g}-{hi:g} ms"]
    if slowest.seconds < MIN_SEPARATION * expert.seconds:
        notes.append(f"slowest tier {slowest.seconds / expert.seconds:.1f}x the expert, under {MIN_SEPARATION:g}x")
    return "; ".join(parts) + "".join(f"  [note: {n}]" for n in notes)


def _ms(cost: ReferenceCost) -> str:
    return f"{'>=' if cost.capped else ''}{cost.seconds * 1000:.1f}ms"
