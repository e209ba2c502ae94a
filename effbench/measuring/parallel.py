"""The local executor: ``effbench run --jobs N`` measures in N sandbox slots at once, what :mod:`.schedule` hands
each (a task per slot; counting instructions, the last tasks' samples spread over every slot).

Each slot is a thread driving its own sandboxes (:class:`.unit.Slot`), pinned to a core of its own; the threads
mostly wait on their workers, so the host's GIL is not what limits them.  The run store stays single-writer in
effect: every append goes through one lock, as one whole line, so ``records.jsonl`` is as consistent after a
``kill -9`` as a one-slot run's (the torn last line, if any, is dropped on load) and a rerun resumes it.

Instruction counts do not depend on N (tests/test_parallel.py compares every count of ``--jobs 2`` with
``--jobs 1``).  Times do: two slots share the machine's memory bus, caches and the host's scheduling, so timing
modes default to one slot (README, "Throughput", gives the measured cost).
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from effbench.errors import EffbenchError
from effbench.tasks.inputs import InputCache
from effbench.measuring.progress import Progress
from effbench.measuring.records import RunRecord, Settings
from effbench.measuring.schedule import REFERENCE, SAMPLE, START, SWITCH, Schedule, Span, Timeline
from effbench.measuring.store import RecordSink, RunStore
from effbench.measuring.run_setup import WorkerSetups
from effbench.measuring.unit import (Slot, WorkUnit, keep_out_of_slots, measure_one, measure_reference, new_slot,
                                    resume_reference, slot_info)

# Timing modes: one slot unless asked (the fidelity cost of two is in README, "Throughput").
TIMING_DEFAULT_JOBS = 1


def usable_cpus() -> list[int]:
    """The cores this process may run on (a container's or taskset's limit included)."""
    if hasattr(os, "sched_getaffinity"):
        return sorted(os.sched_getaffinity(0))
    return list(range(os.cpu_count() or 1))


def default_jobs(measure: str) -> int:
    """Instruction counts do not depend on what else runs: every core.  Times do: :data:`TIMING_DEFAULT_JOBS`."""
    return len(usable_cpus()) if measure == "instructions" else TIMING_DEFAULT_JOBS


def check_jobs(jobs: int, where: str = "--jobs") -> None:
    """More slots than cores would time-share a core between two measured runs: refused before measuring."""
    cores = len(usable_cpus())
    if jobs < 1 or jobs > cores:
        raise EffbenchError(f"{where} {jobs}: must be between 1 and the {cores} core(s) this process may use")


class Stopped(Exception):
    """The run is stopping (another slot failed, or Ctrl-C): no more records are written."""


class SharedStore:
    """The run store as the slots see it: appends and reads under one lock, refused once the run is stopping."""

    def __init__(self, store: RunStore):
        self.store = store
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def get(self, key: tuple) -> RunRecord | None:
        with self.lock:
            return self.store.get(key)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        with self.lock:
            return self.store.runs(task, subject)

    def append(self, record: RunRecord) -> None:
        with self.lock:
            if self.stopping.is_set():
                raise Stopped()
            self.store.append(record)

    def before_measuring(self) -> None:
        with self.lock:
            self.store.before_measuring()

    def load_expected(self, task_id: str) -> dict:
        return self.store.load_expected(task_id)  # one task's file, used by that task's slot alone

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        with self.lock:
            if self.stopping.is_set():
                raise Stopped()
            self.store.save_expected(task_id, phase, level, test, encoded_value)


class SharedProgress(Progress):
    """One progress display for every slot: its calls serialised (click's bar is not thread-safe)."""

    def __init__(self, inner: Progress):
        self.inner = inner
        self.lock = threading.Lock()

    def phase(self, name: str, task: str) -> None:
        with self.lock:
            self.inner.phase(name, task)

    def advance(self, steps: int = 1, measured: bool = True) -> None:
        with self.lock:
            self.inner.advance(steps, measured)


def run_local(units: list[WorkUnit], settings: Settings, store: RunStore, cache: InputCache, progress: Progress,
              on_unscorable: Callable[[str], None] | None, jobs: int, setups: WorkerSetups,
              timeline: list[Span] | None = None) -> None:
    """Measure *units* in *jobs* slots, handed out by a :class:`.schedule.Schedule`.  Each slot's workers are
    checked against the run's recorded setup (*setups*) before the slot measures anything, the first's recorded: its
    plain worker as soon as it answers (the counting worker takes seconds to start under callgrind), then the whole
    slot; a refusal stops the run.  With one slot everything runs in the calling thread, unpinned, exactly as before
    slots existed.  *timeline*: a list that gets every slot's spans (start-up, references, samples), to account busy
    and idle slot-time."""
    keep_out_of_slots(units, cache)
    split = settings.measure == "instructions"
    schedule = Schedule(units, split)
    samples = sum(len(u.samples) for u in units)
    if jobs == 1 or len(units) + split * samples <= 1:  # one slot, or one job at most: no thread
        started = time.monotonic()
        slot = new_slot(settings)
        slot.start(setups.check)
        spans = Timeline(timeline)
        spans.span(0, START, "", started)
        try:
            setups.record(slot_info(slot))
            _drain(slot, schedule, store, settings, cache, progress, on_unscorable, spans)
        finally:
            slot.close()
        return
    jobs = min(jobs, len(units) if not split else len(units) + samples)
    store.hold_for(jobs)  # each slot's subjects stay parsed (RecordIndex.hold_for)
    _Pool(schedule, settings, store, cache, progress, on_unscorable, jobs, setups, Timeline(timeline)).run()


def _drain(slot: Slot, schedule: Schedule, store: RecordSink, settings: Settings, cache: InputCache,
           progress: Progress, on_unscorable: Callable[[str], None] | None, spans: Timeline) -> None:
    """Measure jobs in *slot* until the schedule has none left for it.  A reference's samples are measured with the
    evaluation it made; a sample of another slot's task first replays that task's reference from the store."""
    loaded: str | None = None
    evaluation = None
    while (job := schedule.next(loaded)) is not None:
        started = time.monotonic()
        if job.sample is None:
            evaluation, loaded = None, None
            try:
                evaluation = measure_reference(job.unit, slot, store, settings, cache, progress, on_unscorable)
            finally:
                schedule.reference_done(job, evaluation is not None)
            loaded = job.task_id if evaluation is not None else None
            spans.span(slot.index, REFERENCE, job.task_id, started)
            continue
        if loaded != job.task_id or evaluation is None:
            evaluation, loaded = None, None
            evaluation = resume_reference(job.unit, slot, store, settings, cache)
            loaded = job.task_id
            spans.span(slot.index, SWITCH, job.task_id, started)
            started = time.monotonic()
        measure_one(evaluation, job.unit, job.sample, progress)
        spans.span(slot.index, SAMPLE, job.task_id, started)


class _Pool:
    def __init__(self, schedule, settings, store, cache, progress, on_unscorable, jobs, setups, spans):
        self.settings, self.cache, self.on_unscorable, self.setups = settings, cache, on_unscorable, setups
        self.store, self.progress = SharedStore(store), SharedProgress(progress)
        self.schedule, self.spans = schedule, spans
        cpus = usable_cpus()
        self.cpus = [cpus[i % len(cpus)] for i in range(jobs)]
        self.slots: dict[int, Slot] = {}
        self.errors: list[BaseException] = []
        self.report_lock = threading.Lock()
        # Set by each slot's thread once its workers are removed.  Not Thread.join: on Python 3.11 a join that a
        # KeyboardInterrupt cut short marks the thread finished, so the next join returned at once and the process
        # exited while a slot was still removing its worker (a container or socket directory left behind).
        self.done = [threading.Event() for _ in self.cpus]

    def run(self) -> None:
        threads = [threading.Thread(target=self._work, args=(i,), name=f"effbench-slot-{i}", daemon=True)
                   for i in range(len(self.cpus))]
        for t in threads:
            t.start()
        try:
            for done in self.done:
                while not done.wait(0.2):  # a timed wait keeps Ctrl-C deliverable to this thread
                    pass
        except BaseException:
            self._stop()
            for done in self.done:
                done.wait(30)
            raise
        if self.errors:
            raise self.errors[0]

    def _stop(self) -> None:
        """Refuse further records, then wake every slot (a thread blocked on its worker returns at once); each slot
        removes its own workers, at once and in parallel.  Closing them here, from this thread, asked each busy
        worker to exit and waited 5 s for an answer that never came, while the slot started a fresh worker: a
        SIGTERM took 35-40 s to end a counting run."""
        self.store.stopping.set()
        self.schedule.stop()
        for slot in list(self.slots.values()):
            try:
                slot.stop()
            except Exception:  # noqa: BLE001 - stopping: the first error is the one reported
                pass

    def _unscorable(self, message: str) -> None:
        if self.on_unscorable:
            with self.report_lock:
                self.on_unscorable(message)

    def _work(self, index: int) -> None:
        slot = None
        try:
            started = time.monotonic()
            # Known to _stop before it starts a worker, and started only if the run was not stopped before that:
            # a slot still starting its workers when the run stopped was not woken, and started them all anyway.
            slot = self.slots[index] = new_slot(self.settings, index, self.cpus[index])
            if self.store.stopping.is_set():
                raise Stopped()
            where = f"slot {index}"  # every slot's workers, not the first's alone: each may run another setup

            def check(told: dict) -> None:
                with self.store.lock:
                    self.setups.check(told, where)
            slot.start(check)
            self.spans.span(index, START, "", started)
            with self.store.lock:
                self.setups.record(slot_info(slot), where)
            _drain(slot, self.schedule, self.store, self.settings, self.cache, self.progress, self._unscorable,
                   self.spans)
        except Stopped:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which raises the first
            if not self.store.stopping.is_set():
                self.errors.append(exc)
                self._stop()
        finally:
            try:
                if slot is not None:
                    slot.close()
            finally:
                self.done[index].set()
