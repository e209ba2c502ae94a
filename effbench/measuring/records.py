"""The record model: run settings, one :class:`RunRecord` per sandboxed execution, and per-sample outcomes.

Records hold what was *measured* (times, memory, status); everything scored is derived from them by pure functions,
so ``effbench score`` can rescore a run without re-running anything.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import get_args, get_type_hints

from effbench.errors import EffbenchError
from effbench.measuring.rules import DEFAULT as DEFAULT_RULES
from effbench.sandbox import base
from effbench.schema_check import LARGEST, enums
from effbench.tasks.inputs import SEED

WRONG_ANSWER = "wrong_answer"
# A sample's outcome (SampleOutcome.status, results.jsonl's "status"): every level it reached gave the right answer;
# it failed (scored 0); the sandbox failed on it (left out of the scores); not every run of it is recorded yet.
PASSED, FAILED, INFRA_FAILED, INCOMPLETE = "passed", "failed", base.INFRA, "incomplete"
SCORED = (PASSED, FAILED)  # the outcomes pass@k and eff@k count
REF_PREFIX = "ref:"
DPE_TIER_PREFIX = "tier:"
PAIR_PREFIX = "pair:"   # the expert's runs interleaved with one sample's (paired timing)
NULL_SUBJECT = "null:harness"  # the null program: the harness's fixed cost per test, subtracted (scoring.outcomes)

# Statuses that fail a sample wherever they happen.
FAILURES = {base.ERROR, base.COMPILE_ERROR, base.CRASH, base.EXIT, base.OUTPUT_LIMIT, base.BAD_OUTPUT, WRONG_ANSWER}
# Statuses that end a sample's efficiency run at a level >= 1 without failing it (ENAMEL: that level and later score 0).
OVER_LIMIT = {base.TIMEOUT, base.MEMORY}

MEASURES = ("cpu", "wall", "instructions")


def check_alpha(value: float, where: str = "--alpha") -> float:
    """ENAMEL's alpha: T = alpha * the expert's time.  NaN and infinity would pass a plain range check (and a click
    range): refused here, for the CLI and the Python API alike, before anything is measured."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (math.isfinite(value) and value > 1.0):
        raise EffbenchError(f"{where} must be a finite number above 1, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class Settings:
    """How a run measures; part of the run's identity (a resumed run must use the same settings)."""

    measure: str = "cpu"
    repeats: int = 6
    alpha: float = 2.0
    seed: int = SEED                # ENAMEL's seed
    estimator: str = "hodges-lehmann"
    runner: str = "process"
    ref_timeout: float = 30.0       # per run of a reference (no limit T exists before the reference is measured)
    kill_factor: float = 3.0        # a run is killed at kill_factor * T + kill_slack seconds of wall time
    kill_slack: float = 0.5
    case_timeout: float = 10.0      # floor of the wall budget for the batch of hand cases
    count_slowdown: float = 100.0   # wall budget factor for runs under an instruction counter (callgrind)
    paired: bool = True             # timing modes: re-measure the expert interleaved with each sample
    counter: str = "auto"           # instructions mode: "perf" (hardware), "callgrind", or "auto" (perf if present)
    rules: str = DEFAULT_RULES      # rule profile (effbench.measuring.rules): "effbench", or "enamel" for ENAMEL's own

    def repeats_at(self, hardness: float) -> int:
        """Repeats of one test: one for correctness-only levels (hardness 0) and for (deterministic) instruction
        counts, else ``repeats``.  The plan measures this many and the scoring expects this many."""
        return 1 if hardness == 0 or self.measure == "instructions" else self.repeats

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class RunRecord:
    """One sandboxed execution: a subject (sample or reference) on one test (or the batch of hand cases)."""

    task: str
    subject: str
    phase: str            # "cases" | "level" | "confirm" (a level run re-measured) | "dpe" (DPE profiling)
    #                       | "calibrate" (the expert's runs that choose a test's passes; never scored)
    level: int            # -1 for the hand cases
    test: int
    repeat: int
    status: str
    cpu_time: float | None = None
    wall_time: float | None = None
    peak_kb: int | None = None
    base_kb: int | None = None
    detail: str = ""
    instructions: int | None = None
    counter: str | None = None     # the backend that counted them
    correct: bool | None = None    # the output was checked and right (also for a run then judged over its limit)
    passes: int = 1                # the calls ran this many times in the run; times are per pass (Limits.repeated)

    @property
    def key(self) -> tuple:
        return (self.task, self.subject, self.phase, self.level, self.test, self.repeat)

    def cost(self, measure: str) -> float | None:
        """The cost in the run's measurement mode: seconds (cpu, wall), or an instruction count."""
        if measure == "instructions":
            return None if self.instructions is None else float(self.instructions)
        return self.cpu_time if measure == "cpu" else self.wall_time

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> RunRecord:
        # once: fields() took a third of the time reading a record took
        names = _RECORD_FIELDS if cls is RunRecord else {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


_RECORD_FIELDS = frozenset(f.name for f in fields(RunRecord))


def _types(hint) -> tuple[type, ...]:
    """The JSON value types a RunRecord field of type *hint* is read from: an int where a float is, and never a
    bool for a number (which isinstance would let through)."""
    out: tuple[type, ...] = ()
    for kind in get_args(hint) or (hint,):
        out += (int, float) if kind is float else (kind,)
    return out


JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", type(None): "null"}
RECORD_TYPES = {name: _types(hint) for name, hint in get_type_hints(RunRecord).items()}
MEASURED = ("cpu_time", "wall_time", "peak_kb", "base_kb", "instructions")  # 0 to MEASURED_MAX where given
# The most a measured number can be: 2^53, the largest integer a double holds exactly (a count of 9e15 instructions,
# 285 million years of CPU time, 8 EiB of memory: no run comes near).  A finite number past it is no measurement, and
# scoring's sums and pairwise means of such numbers overflowed to infinity (a cpu_time of 1e307 ended `score` in a
# ValueError traceback); up to it they stay finite.  The run-files schema's "maximum" says the same.
MEASURED_MAX = 2 ** 53
COUNTS = {"test": 0, "repeat": 0, "passes": 1}  # the least each may be
RECORD_ENUMS = enums("run-files", "record")  # phase and status: the values the schema allows


def record_problem(row: dict, levels: dict[str, int]) -> str | None:
    """Why *row* (a line of records.jsonl) is not a record effbench writes, or None: its fields' JSON types, the
    measured numbers finite and not negative, and its level one of its task's (-1, the hand cases, to the last;
    *levels*: task -> levels, from run.json).  Scoring sorts, subtracts and indexes by these: a string peak was a
    TypeError, a level past the task's an IndexError, and a NaN time a score of NaN.  A phase or status that is
    none of the schema's was scored as a failure named after it, or left its sample unmeasured (exit 3, "rerun to
    resume"), and a measured integer past a double's range raised OverflowError from ``math.isfinite``."""
    for name, value in row.items():
        allowed = RECORD_TYPES.get(name)
        if allowed is not None and type(value) not in allowed:
            kinds = [JSON_NAMES[k] for k in allowed if not (k is int and float in allowed)]
            return f"{name}: {repr(value)[:40]} is not {' or '.join(kinds)}"
        if name in RECORD_ENUMS and value not in RECORD_ENUMS[name]:
            return f"{name}: {value[:40]!r} is not one of {', '.join(sorted(RECORD_ENUMS[name]))}"
    for name in MEASURED:
        value = row.get(name)
        # compared, not converted: NaN fails both comparisons, and an int is compared exactly, however long
        if value is not None and not 0 <= value <= LARGEST:
            said = "an integer past a double's range" if isinstance(value, int) and abs(value) > LARGEST else value
            return f"{name}: {said} is not a finite number >= 0"
        if value is not None and value > MEASURED_MAX:
            return f"{name}: {value:.6g} is more than any measurement (at most 2^53)"
    for name, least in COUNTS.items():
        if name in row and row[name] < least:
            return f"{name}: {row[name]} is below {least}"
    level, task = row.get("level"), row.get("task", "")  # (a row without its task is refused later, by name)
    n_levels = levels.get(task)
    if isinstance(level, int) and (level < -1 or (n_levels is not None and level >= n_levels)):
        return f"level: {level} is not a level of task {task[:40]!r}"
    return None


@dataclass(frozen=True)
class SampleInfo:
    key: str
    task_id: str
    model: str
    sample_id: str
    line: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SampleOutcome:
    """What a sample's records add up to (see :mod:`effbench.scoring.outcomes`)."""

    key: str
    task_id: str
    model: str
    sample_id: str
    status: str                      # PASSED | FAILED | INFRA_FAILED | INCOMPLETE
    efficiency: float = 0.0
    level_times: list = field(default_factory=list)
    failure: str = ""                # first failing status and where
    detail: str = ""
    peak_kb: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)
