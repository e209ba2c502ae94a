"""What a unit still has to measure, found by replaying its plan from the run store with nothing run: a Ray worker
is sent those samples and the records they and the reference need (:mod:`.ray_executor`), not every record of its
task.

A unit's worker was sent all of its task's records, held them all, and replayed every sample before it measured
what was missing: for a run of ten thousand samples on one task, all 700,000 records of the run, pickled, sent and
parsed again on the worker.  The plan takes every decision from records (:mod:`.plan`), so the driver replays it
from its own store, a subject at a time (:class:`~effbench.measuring.record_index.RecordIndex`): a sample whose
replay comes to a run the store does not hold is one the worker must measure; a sample that replays to its end is
finished, and its records stay in the driver's file.  The worker measures the samples left, in the unit's order,
against the same reference replayed from the same records: what it measures, and how, is what it measured when it
replayed every sample first.
"""
from __future__ import annotations

from effbench.measuring.progress import Progress
from effbench.measuring.records import PAIR_PREFIX, RunRecord, Settings
from effbench.measuring.store import RunStore
from effbench.measuring.unit import Slot, WorkUnit, measure_one, measure_reference
from effbench.sandbox import base
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import Sample


class _Unmeasured(Exception):
    """The replay came to a run the store does not hold: the plan would measure it now."""


class _Replayed:
    """The run store as a replay uses it: what it holds is read, and the plan's first wish to measure stops it."""

    def __init__(self, store: RunStore):
        self.store = store

    def get(self, key: tuple) -> RunRecord | None:
        return self.store.get(key)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        return self.store.runs(task, subject)

    def before_measuring(self) -> None:
        raise _Unmeasured()

    def append(self, record: RunRecord) -> None:
        raise AssertionError("a replay measures nothing (before_measuring stopped it)")

    def load_expected(self, task_id: str) -> dict:
        return self.store.load_expected(task_id)

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        raise AssertionError("a replay measures nothing (before_measuring stopped it)")


class _NoRunner:
    """A replay's sandbox: it is given the task's inputs, and never asked to run (the store stops the plan first)."""

    name = "replay"
    cpu: int | None = None
    counter: str | None = None

    def start(self) -> None:
        pass

    def info(self) -> dict:
        return {}

    def put_input(self, key: str, blob: bytes) -> None:
        pass

    def drop_inputs(self) -> None:
        pass

    def execute(self, code: str, entry: str, input_keys: list[str], limits: base.Limits) -> base.Execution:
        raise AssertionError("a replay measures nothing (before_measuring stopped it)")

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def samples_left(unit: WorkUnit, store: RunStore, settings: Settings, cache: InputCache) -> list[Sample]:
    """The samples of *unit* with a run still to measure, in the unit's order: every one while its reference has
    one; none when the reference replays to an unscorable task (the worker replays it too, and reports it)."""
    runner = _NoRunner()
    slot = Slot(0, runner, runner if settings.measure == "instructions" else None)
    replayed = _Replayed(store)
    try:
        evaluation = measure_reference(unit, slot, replayed, settings, cache, Progress())
    except _Unmeasured:
        return list(unit.samples)
    if evaluation is None:
        return []
    left = []
    for sample in unit.samples:
        try:
            measure_one(evaluation, unit, sample, Progress())
        except _Unmeasured:
            left.append(sample)
    return left


def records_for(unit: WorkUnit, left: list[Sample], store: RunStore) -> list[dict]:
    """What a worker measuring *left* of *unit* is seeded with: the records of the subjects that are not a sample
    (the expert, the null program, the DPE tier representatives and their pairs) and of the samples left."""
    finished = {s.key for s in unit.samples} - {s.key for s in left}
    finished |= {PAIR_PREFIX + key for key in finished}
    return [r.to_dict() for r in store.task_runs(unit.task.id, lambda subject: subject not in finished)]
