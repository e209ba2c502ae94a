"""DPE tier files: EvalPerf's performance tiers of a task, versioned with it as ``tasks/<id>/tiers.json``.

A tier file records how it was built (pool, measure, base, date, machine) and, per tier from slowest to fastest,
the representative's code (the tier's slowest member), its cost when built, its cumulative score and its size.
Costs are only the *build-time* ordering: every run re-measures the representatives in its own mode, on its own
machine, and matches samples against those fresh costs (scoring.dpe).  These are not a task's reference tiers
(its ``solutions/``, fastest to slowest by complexity): those are references, these are EvalPerf's DPE tiers.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from effbench import jsonfile
from effbench.errors import TaskError
from effbench.files import write_text_atomic
from effbench.measuring.disk_writes import write_refused
from effbench.schema_check import first_problem
from effbench.tasks.task import DPE_TIERS_FILE, Task



@dataclass(frozen=True)
class DpeTier:
    name: str
    cost: float
    score: float
    members: int
    code: str


@dataclass(frozen=True)
class DpeTierFile:
    task_id: str
    level: int
    test: int
    base: float
    measure: str
    unit: str
    built: dict
    eligible: bool
    tiers: tuple[DpeTier, ...]
    reasons: tuple[str, ...] = ()  # why EvalPerf's curation drops the pool (empty when eligible or not recorded)

    def to_dict(self) -> dict:
        return {**asdict(self), "tiers": [asdict(t) for t in self.tiers]}


def load_dpe_tier_file(task: Task) -> DpeTierFile | None:
    path = task.path / DPE_TIERS_FILE
    if not path.is_file():
        return None
    raw = jsonfile.read(path, TaskError)
    # its fields' types and ranges (schemas/dpe-tiers.schema.json): a task author's file, whose cost as a string or
    # level as "3" was a traceback in every command that loads the task
    problem = first_problem(raw, "dpe-tiers")
    if problem:
        raise TaskError(f"{path}: not a valid tier file ({problem})")
    try:
        tiers = tuple(DpeTier(**t) for t in raw.pop("tiers"))
        tf = DpeTierFile(tiers=tiers, **{**raw, "reasons": tuple(raw.get("reasons", ()))})
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise TaskError(f"{path}: not a valid tier file ({type(exc).__name__}: {str(exc)[:200]})") from None
    if tf.task_id != task.id or not tf.tiers or not 0 <= tf.level < len(task.levels) \
            or not 0 <= tf.test < task.levels.tests[tf.level]:
        raise TaskError(f"{path}: tier file does not fit task {task.id} (task id, level or test)")
    return tf


def save_dpe_tier_file(task: Task, tier_file: DpeTierFile) -> Path:
    """Write the task's tier file whole or not at all: written in place, a build killed mid-write left a truncated
    tiers.json, which every later command loading the task refused."""
    path = task.path / DPE_TIERS_FILE
    try:
        write_text_atomic(path, json.dumps(tier_file.to_dict(), indent=2) + "\n")
    except OSError as exc:
        raise write_refused(path, exc, what="the tier file") from None  # a full disk: exit 3
    return path
