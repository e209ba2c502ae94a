"""The local executor: ``effbench run --jobs N`` measures N work units (tasks) at once, one per sandbox slot.

Each slot is a thread driving its own sandboxes (:func:`.unit.open_slot`), pinned to a core of its own; the threads
mostly wait on their workers, so the host's GIL is not what limits them.  The run store stays single-writer in
effect: every append goes through one lock, as one whole line, so ``records.jsonl`` is as consistent after a
``kill -9`` as a one-slot run's (the torn last line, if any, is dropped on load) and a rerun resumes it.

Instruction counts do not depend on N (tests/test_parallel.py compares every count of ``--jobs 2`` with
``--jobs 1``).  Times do: two slots share the machine's memory bus, caches and the host's scheduling, so timing
modes default to one slot (README, "Throughput", gives the measured cost).
"""
from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable

from effbench.errors import EffbenchError
from effbench.tasks.inputs import InputCache
from effbench.measuring.progress import Progress
from effbench.measuring.records import RunRecord, Settings
from effbench.measuring.store import RunStore
from effbench.measuring.unit import Slot, WorkUnit, measure_unit, open_slot, slot_info

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

    def records(self) -> list[RunRecord]:
        with self.lock:
            return self.store.records()

    def append(self, record: RunRecord) -> None:
        with self.lock:
            if self.stopping.is_set():
                raise Stopped()
            self.store.append(record)

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

    def advance(self, steps: int = 1) -> None:
        with self.lock:
            self.inner.advance(steps)


def run_local(units: list[WorkUnit], settings: Settings, store: RunStore, cache: InputCache, progress: Progress,
              on_unscorable: Callable[[str], None] | None, jobs: int, on_runner: Callable[[dict], None]) -> None:
    """Measure *units* in *jobs* slots.  *on_runner* gets the runner description (run.json's ``runner``) once the
    first slot's sandboxes answer, before anything is measured.  With one slot everything runs in the calling
    thread, unpinned, exactly as before slots existed."""
    if jobs == 1 or len(units) <= 1:
        slot = open_slot(settings)
        try:
            on_runner(slot_info(slot))
            for unit in units:
                measure_unit(unit, slot, store, settings, cache, progress, on_unscorable)
        finally:
            slot.close()
        return
    _Pool(units, settings, store, cache, progress, on_unscorable, min(jobs, len(units)), on_runner).run()


class _Pool:
    def __init__(self, units, settings, store, cache, progress, on_unscorable, jobs, on_runner):
        self.settings, self.cache, self.on_unscorable, self.on_runner = settings, cache, on_unscorable, on_runner
        self.store, self.progress = SharedStore(store), SharedProgress(progress)
        self.todo: queue.SimpleQueue[WorkUnit] = queue.SimpleQueue()
        for unit in units:
            self.todo.put(unit)
        cpus = usable_cpus()
        self.cpus = [cpus[i % len(cpus)] for i in range(jobs)]
        self.slots: dict[int, Slot] = {}
        self.errors: list[BaseException] = []
        self.report_lock = threading.Lock()

    def run(self) -> None:
        threads = [threading.Thread(target=self._work, args=(i,), name=f"effbench-slot-{i}", daemon=True)
                   for i in range(len(self.cpus))]
        for t in threads:
            t.start()
        try:
            for t in threads:
                while t.is_alive():
                    t.join(0.2)  # a timed join keeps Ctrl-C deliverable to this thread
        except BaseException:
            self._stop()
            for t in threads:
                t.join(30)
            raise
        if self.errors:
            raise self.errors[0]

    def _stop(self) -> None:
        """Refuse further records, then end every slot's workers (a thread blocked on one returns at once)."""
        self.store.stopping.set()
        for slot in list(self.slots.values()):
            try:
                slot.close()
            except Exception:  # noqa: BLE001 - stopping: the first error is the one reported
                pass

    def _unscorable(self, message: str) -> None:
        if self.on_unscorable:
            with self.report_lock:
                self.on_unscorable(message)

    def _work(self, index: int) -> None:
        slot = None
        try:
            slot = self.slots[index] = open_slot(self.settings, index, self.cpus[index])
            if index == 0:
                with self.store.lock:
                    self.on_runner(slot_info(slot))
            while not self.store.stopping.is_set():
                try:
                    unit = self.todo.get_nowait()
                except queue.Empty:
                    return
                measure_unit(unit, slot, self.store, self.settings, self.cache, self.progress, self._unscorable)
        except Stopped:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which raises the first
            if not self.store.stopping.is_set():
                self.errors.append(exc)
                self._stop()
        finally:
            if slot is not None:
                slot.close()
