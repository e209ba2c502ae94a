"""Which slot measures what next, for ``effbench run --jobs N`` (:mod:`.parallel`).

A job is a task's *reference* (its expert and DPE tier representatives, which its samples are judged and scored
against) or *one sample* of a task whose reference is measured.  A slot that measured a task's reference goes on
with that task's samples, so tasks are spread one per slot as long as some remain untouched; then, counting
instructions, a slot with nothing of its own left takes samples of the task with the most still waiting.  Whole tasks
alone leave one slot idle for up to a task's length at the end of a run (and for a run of one task, all along);
samples are what makes the last seconds of both slots even.

Only instruction counts may be split so: a count does not depend on the core, the slot or what ran before it (the
zygote, runners/zygote.py; tests/test_parallel.py compares every count), and instructions mode has no expert pairs.
A time does depend on its core, so in timing modes a task's samples stay in the slot (and on the core) that measured
its reference, as issue 22 requires.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

from effbench.measuring.unit import WorkUnit
from effbench.tasks.samples import Sample

# Span kinds of a slot's timeline (:class:`Span`)
START, REFERENCE, SWITCH, SAMPLE = "start", "reference", "switch", "sample"


@dataclass(frozen=True)
class Job:
    unit: WorkUnit
    sample: Sample | None = None  # None: the unit's reference

    @property
    def task_id(self) -> str:
        return self.unit.task.id


@dataclass(frozen=True)
class Span:
    """What slot *slot* did from *start* to *end* (``time.monotonic()``): start its workers, measure a reference or
    a sample, or switch to another task's inputs (a taken sample).  The timeline a benchmark accounts busy and idle
    slot-time from (benchmarks/throughput.py)."""
    slot: int
    kind: str
    task: str
    start: float
    end: float


class Timeline:
    """Spans appended by every slot (a list append is atomic); None: not recorded."""

    def __init__(self, spans: list[Span] | None):
        self.spans = spans

    def span(self, slot: int, kind: str, task: str, start: float) -> None:
        if self.spans is not None:
            self.spans.append(Span(slot, kind, task, start, time.monotonic()))


class Schedule:
    """The jobs of a run, handed to slots one at a time (thread-safe).  *split*: samples may be taken by another
    slot than the one that measured their task's reference (instructions mode only; module docstring)."""

    def __init__(self, units: list[WorkUnit], split: bool):
        self.split = split
        self.untouched: deque[WorkUnit] = deque(units)
        self.waiting: dict[str, deque[Sample]] = {}  # task id -> its samples not handed out (reference measured)
        self.units = {u.task.id: u for u in units}
        self.references_running = 0
        self.stopped = False
        self.cond = threading.Condition()

    def next(self, loaded: str | None) -> Job | None:
        """The next job of a slot whose workers hold task *loaded*'s inputs (None: no task yet), or None when the
        slot has nothing left to do.  Blocks while the only work left waits on a reference being measured."""
        with self.cond:
            while not self.stopped:
                own = self.waiting.get(loaded) if loaded is not None else None
                if own:
                    return Job(self.units[loaded], own.popleft())  # type: ignore[index]
                if self.untouched:
                    self.references_running += 1
                    return Job(self.untouched.popleft())
                if not self.split:
                    return None  # another slot's samples are its own
                task = max(self.waiting, key=lambda t: len(self.waiting[t]), default=None)
                if task is not None and self.waiting[task]:
                    return Job(self.units[task], self.waiting[task].pop())  # from the end its owner works towards
                if not self.references_running:
                    return None
                self.cond.wait()
            return None

    def reference_done(self, job: Job, scorable: bool) -> None:
        """*job*'s reference is measured: its samples are ready (or, the task unscorable, never measured)."""
        with self.cond:
            self.references_running -= 1
            if scorable:
                self.waiting[job.task_id] = deque(job.unit.samples)
            self.cond.notify_all()

    def stop(self) -> None:
        """The run is stopping: every slot's next() returns None."""
        with self.cond:
            self.stopped = True
            self.cond.notify_all()
