"""What every sandbox backend takes and gives back: run limits in, an :class:`Execution` out.

The backends differ only in how they start the in-sandbox executor (``runners/executor.py``) and what isolation wraps
it; the protocol, the measurements and the classification of outcomes are shared (:mod:`.client`, :mod:`.outcome`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Protocol

# Candidate outcomes (the sample's doing) and the one infrastructure outcome (ours).
OK = "ok"
ERROR = "error"                # the sample raised
COMPILE_ERROR = "compile_error"
TIMEOUT = "timeout"            # over the time limit (killed, or measured over it)
MEMORY = "memory"              # MemoryError / address-space limit
CRASH = "crash"                # killed by a signal (segfault, ...)
EXIT = "exit"                  # exited before returning a result
OUTPUT_LIMIT = "output_limit"  # result or written files over the limit
BAD_OUTPUT = "bad_output"      # returned something that is not plain data
INFRA = "infra"                # the sandbox or worker failed: never scored against the sample

# The size of the one writable place a sample has (its /tmp, a tmpfs, in both runners): files there are memory, so
# it is bounded, and what a run holds there at its end is added to its peak and checked against its budget.
WRITABLE_MB = 64


def killed_at_limit(problem: str) -> bool:
    """A run killed over its time or memory limit, as against one whose code raised, crashed, exited or answered
    wrong: a size sweep stops growing there (or leaves that size out), where any other failure is the sweep's, and
    a sample's row says its class holds only below that size."""
    return problem.startswith((TIMEOUT, MEMORY))


@dataclass(frozen=True)
class Limits:
    wall_limit: float          # seconds between "go" and the kill
    cpu_limit: int = 60        # RLIMIT_CPU backstop, whole seconds
    memory_mb: int = 512
    fsize_mb: int = 16
    nproc: int = 1             # no fork, no threads: a fork bomb fails at once, and no work escapes the CPU clock
    max_output: int = 64 << 20
    setup_timeout: float = 120.0
    passes: int = 1            # timing modes: the calls run this many times in the one run (see :meth:`repeated`)
    wall_fixed: float | None = None  # seconds of wall_limit that do not grow with the passes (None: all of it)

    @classmethod
    def for_wall(cls, wall: float, memory_mb: int, fixed: float | None = None) -> Limits:
        """Killed at *wall* seconds; the CPU rlimit is only a backstop one second behind it.  *fixed*: the part of
        *wall* that a run making several passes does not multiply (a slack; None: all of it, a flat budget)."""
        return cls(wall_limit=wall, cpu_limit=_cpu_backstop(wall), memory_mb=memory_mb, wall_fixed=fixed)

    def repeated(self, passes: int) -> Limits:
        """The limits of a run that makes *passes* passes over its calls (load, module body, calls; one result): a
        call too short for the clock is timed over many, in a warm process, as ENAMEL's harness times it.  The part
        of the wall limit that scales with the work grows with the passes, its slack does not; the memory budget
        does not either (each pass drops the last one's results)."""
        if passes == 1:
            return self
        fixed = self.wall_limit if self.wall_fixed is None else min(self.wall_fixed, self.wall_limit)
        wall = fixed + (self.wall_limit - fixed) * passes
        return replace(self, wall_limit=wall, cpu_limit=max(self.cpu_limit, _cpu_backstop(wall)), passes=passes)


def _cpu_backstop(wall: float) -> int:
    """RLIMIT_CPU for a run killed at *wall* seconds: whole seconds, one behind the wall-clock kill."""
    return math.ceil(wall) + 1


@dataclass(frozen=True)
class Execution:
    """One sandboxed run as measured from outside the sample."""

    status: str
    cpu_time: float | None = None
    wall_time: float | None = None
    peak_kb: int | None = None
    base_kb: int | None = None
    outputs: list | None = field(default=None, repr=False)
    error_type: str | None = None
    detail: str = ""
    signal: int | None = None
    exit_code: int | None = None
    instructions: int | None = None  # only from a counting worker (see sandbox.counting)
    # callgrind's own count of each function (not its callees'), read on the host from the dump that a worker
    # handing it back sent (effbench.profiling.parts; complexity sweeps fit them apart); None from other workers.
    parts: dict[str, int] | None = field(default=None, repr=False)

    def cost(self, measure: str) -> float | None:
        """The run's cost in a measurement mode (seconds, or instructions)."""
        return {"cpu": self.cpu_time, "wall": self.wall_time, "instructions": self.instructions}[measure]

    def per_pass(self, passes: int) -> Execution:
        """Times of one pass of a run that made *passes* (Limits.repeated): what the calls cost once, with the
        harness's fixed cost spread over the passes.  Counts are never made in passes."""
        if passes == 1:
            return self
        return replace(self, cpu_time=None if self.cpu_time is None else self.cpu_time / passes,
                       wall_time=None if self.wall_time is None else self.wall_time / passes)


class Sandbox(Protocol):
    """A sandbox backend: a warm executor that runs code on inputs it was given."""

    name: str
    cpu: int | None  # the core its worker is pinned to (effbench.measuring.parallel), None: not pinned
    counter: str | None  # the instruction-counting backend its worker runs under, None: it does not count

    def start(self) -> None: ...

    def info(self) -> dict: ...

    def put_input(self, key: str, blob: bytes) -> None: ...

    def drop_inputs(self) -> None: ...

    def execute(self, code: str, entry: str, input_keys: list[str], limits: Limits) -> Execution: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...
