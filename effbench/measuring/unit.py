"""The unit of work of a run: one task, its expert, its tier representatives and its samples, measured in one slot.

Timing, a unit never spans two slots (or two machines): a sample, its interleaved expert pair and the reference it
is scored against share a core, so every score is normalised by measurements taken where the sample's were.
Counting instructions, local slots may share out a unit's samples once its reference is measured
(:mod:`.schedule`: a count does not depend on the core).  Executors (:mod:`.parallel` for local cores,
:mod:`.ray_executor` for a cluster) only decide which slot measures what; what is measured is here, once.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable

from effbench.tasks.inputs import InputCache
from effbench.measuring.plan import TaskEvaluation, TaskUnscorable
from effbench.measuring import run_setup
from effbench.measuring.progress import DPE, EXPERT, SAMPLES, TIERS, Progress
from effbench.measuring.records import Settings
from effbench.measuring.store import RecordSink
from effbench.tasks.samples import Sample
from effbench.sandbox import base, host_paths, make_sandbox
from effbench.sandbox.counting import detect_counter
from effbench.tasks.task import Task


@dataclass
class WorkUnit:
    task: Task
    samples: list[Sample]
    tier_file: object | None  # tiers.DpeTierFile, or None when the task has none

    @property
    def steps(self) -> int:
        """Progress steps (progress.py): the expert, the tier representatives if any, one per sample."""
        return 1 + (self.tier_file is not None) + len(self.samples)


@dataclass
class Slot:
    """The sandboxes of one slot: the plain runner and, in instructions mode, the counting one, both on one core.

    Slot *index* i owns the sandbox slot numbers 2i (runner) and 2i+1 (counter): with one slot they are 0 and 1,
    what a run used before slots existed."""

    index: int
    runner: base.Sandbox
    counter: base.Sandbox | None = None
    cpu: int | None = None

    def start(self, told: Callable[[dict], None] | None = None) -> None:
        """Start the slot's workers, the plain one first; none is left running if one fails to start.  *told* gets
        the plain worker's description as soon as it answers, with the counter the counting worker will run (what
        :func:`slot_info` will say of the slot, but the counting worker's own word): a slot that a resumed run
        refuses is refused before its counting worker starts, seconds under callgrind."""
        try:
            self.runner.start()
            if told is not None:
                told(dict(self.runner.info(), **({"counter": self.counter.counter} if self.counter else {})))
            if self.counter is not None:
                self.counter.start()
        except BaseException:
            self.close()
            raise

    def stop(self) -> None:
        """From another thread: the slot's runs end now and no worker starts again (PooledSandbox.stop)."""
        for sandbox in (self.runner, self.counter):
            if sandbox is not None:
                sandbox.stop()

    def close(self) -> None:
        try:
            self.runner.close()
        finally:
            if self.counter is not None:
                self.counter.close()


def keep_out_of_slots(units: Iterable[WorkUnit], cache: InputCache,
                      sent: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Register what the sandboxes of the slots about to start must hide wherever a tree they mount holds it
    (:mod:`effbench.sandbox.host_paths`): each unit's task folder and the suite that holds it (every other task's
    expert), the input cache, and *sent*, what the process that loaded the run kept out (its run store, samples'
    folder, working directory, every suite it loaded).  Both executors call it before any slot starts: a worker
    hides what was registered when it started.

    Why here and not only where each folder is loaded: a Ray worker is another process, where none of them was
    loaded (its unit's task came pickled, its cache is its own), so on a Ray node (the one-machine cluster of
    ``--executor ray`` included) a suite in /usr/src stayed readable.  The cache folder is made now if it is not
    there: only a folder that exists can be covered, and one made under a started worker shows in it."""
    for unit in units:
        host_paths.keep_out(unit.task.path)
        host_paths.keep_out(unit.task.path.parent)
    if cache.enabled:
        try:
            cache.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # an unusable cache stores nothing (InputCache says so where it is used)
    host_paths.keep_out(cache.root)
    for path in sent:
        host_paths.keep_out(Path(path))


def new_slot(settings: Settings, index: int = 0, cpu: int | None = None) -> Slot:
    """Slot *index*'s sandboxes, pinned to core *cpu* (None: not pinned, as a one-slot run is), made but not
    started: a slot another thread may stop (:mod:`.parallel`) is known to it before any of its workers starts."""
    runner = make_sandbox(settings.runner, slot=2 * index)
    runner.cpu = cpu
    slot = Slot(index, runner, cpu=cpu)
    if settings.measure == "instructions":
        slot.counter = make_sandbox(settings.runner, slot=2 * index + 1, counter=detect_counter(settings.counter))
        slot.counter.cpu = cpu
    return slot


def open_slot(settings: Settings, index: int = 0, cpu: int | None = None) -> Slot:
    """:func:`new_slot`, started."""
    slot = new_slot(settings, index, cpu)
    slot.start()
    return slot


def slot_info(slot: Slot) -> dict:
    """The runner description a run records (run.json ``runner``): the plain worker's, with the counter's backend
    (and, for callgrind, whether it ignores client requests: effbench.sandbox.sealing), and what the counts depend on
    as the counting worker told it (its interpreter and runner files: the plain worker's, unless they changed
    between the two workers' starts)."""
    info = slot.runner.info()
    if slot.counter is not None:
        counting = slot.counter.info()
        info.update({k: counting[k] for k in (*run_setup.COUNTING, "counter_sealed") if k in counting})
    return info


def measure_unit(unit: WorkUnit, slot: Slot, store: RecordSink, settings: Settings, cache: InputCache,
                 progress: Progress, on_unscorable: Callable[[str], None] | None = None) -> None:
    """Measure one unit in *slot*, appending its records to *store*.  Everything already in *store* is reused (so a
    resumed unit follows exactly the path it took), and an unscorable task is reported, not raised."""
    evaluation = measure_reference(unit, slot, store, settings, cache, progress, on_unscorable)
    if evaluation is not None:
        for sample in unit.samples:
            measure_one(evaluation, unit, sample, progress)


def measure_reference(unit: WorkUnit, slot: Slot, store: RecordSink, settings: Settings, cache: InputCache,
                      progress: Progress, on_unscorable: Callable[[str], None] | None = None
                      ) -> TaskEvaluation | None:
    """The first part of a unit: its expert and tier representatives.  Returns the evaluation its samples are
    measured with, or None when the task is unscorable (reported, and every step of the unit counted done)."""
    evaluation = TaskEvaluation(unit.task, slot.runner, store, settings, cache, slot.counter)
    tid = unit.task.id
    steps_left = unit.steps
    try:
        progress.phase(EXPERT, tid)
        before = evaluation.executions
        evaluation.measure_reference()
        progress.advance(measured=evaluation.executions > before)
        steps_left -= 1
        if unit.tier_file is not None:
            progress.phase(TIERS, tid)
            before = evaluation.executions
            evaluation.measure_dpe_tiers(unit.tier_file)
            progress.advance(measured=evaluation.executions > before)
            steps_left -= 1
    except TaskUnscorable as exc:
        if on_unscorable:
            on_unscorable(str(exc))
        progress.advance(steps_left, measured=False)  # skipped: no time spent on them
        return None
    return evaluation


def resume_reference(unit: WorkUnit, slot: Slot, store: RecordSink, settings: Settings,
                     cache: InputCache) -> TaskEvaluation:
    """An evaluation of *unit* in another slot than the one that measured its reference (:func:`measure_reference`
    finished there, scorable): the reference is replayed from *store*, nothing is run again, and *slot*'s workers
    get the task's inputs.  Only instruction counts may be split so (:mod:`.schedule` says why)."""
    evaluation = TaskEvaluation(unit.task, slot.runner, store, settings, cache, slot.counter)
    evaluation.measure_reference()
    return evaluation


def measure_one(evaluation: TaskEvaluation, unit: WorkUnit, sample: Sample, progress: Progress) -> None:
    """One sample of *unit* (its DPE profile included): one progress step."""
    tid = unit.task.id
    before = evaluation.executions
    progress.phase(SAMPLES, tid)
    stop = evaluation.measure_sample(sample)
    if unit.tier_file is not None:
        progress.phase(DPE, tid)
        evaluation.profile_for_dpe(sample, stop, unit.tier_file)
    progress.advance(measured=evaluation.executions > before)
