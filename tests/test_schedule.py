"""The schedule of ``--jobs N`` slots (effbench/measuring/schedule.py), without sandboxes: who gets which job."""
from __future__ import annotations

import threading
from types import SimpleNamespace

from effbench.measuring.schedule import Job, Schedule
from effbench.measuring.unit import WorkUnit


def _units(*spec: tuple[str, int]) -> list[WorkUnit]:
    return [WorkUnit(SimpleNamespace(id=tid), [f"{tid}{i}" for i in range(n)], None)  # type: ignore[arg-type, misc]
            for tid, n in spec]


def _job(schedule: Schedule, loaded: str | None) -> Job:
    job = schedule.next(loaded)
    assert job is not None
    return job


def _take(schedule: Schedule, loaded: str | None) -> tuple[str, object]:
    job = _job(schedule, loaded)
    return job.task_id, job.sample


def test_a_slot_measures_its_own_tasks_samples_before_starting_another_task():
    for split in (False, True):
        schedule = Schedule(_units(("a", 2), ("b", 1)), split)
        first = _job(schedule, None)
        assert (first.task_id, first.sample) == ("a", None)  # a reference first
        schedule.reference_done(first, True)
        assert _take(schedule, "a") == ("a", "a0")
        assert _take(schedule, "a") == ("a", "a1")
        assert _take(schedule, "a") == ("b", None)


def test_timing_modes_never_hand_a_sample_to_another_slot_than_its_references():
    schedule = Schedule(_units(("a", 3)), split=False)
    ref = _job(schedule, None)
    schedule.reference_done(ref, True)
    assert schedule.next(None) is None  # the other slot: a's samples are not its to measure
    assert [_take(schedule, "a")[1] for _ in range(3)] == ["a0", "a1", "a2"]
    assert schedule.next("a") is None


def test_counting_a_slot_with_nothing_left_takes_samples_from_the_task_with_most_waiting():
    schedule = Schedule(_units(("a", 3), ("b", 2)), split=True)
    a, b = _job(schedule, None), _job(schedule, None)
    schedule.reference_done(a, True)
    schedule.reference_done(b, True)
    assert _take(schedule, "b") == ("b", "b0")
    assert _take(schedule, "b") == ("b", "b1")
    assert _take(schedule, "b") == ("a", "a2")  # slot of b: nothing of its own left, a has the most waiting
    assert _take(schedule, "a") == ("a", "a0")
    assert _take(schedule, "a") == ("a", "a1")
    assert schedule.next("a") is None and schedule.next("b") is None


def test_a_slot_waits_for_a_reference_being_measured_then_takes_its_samples():
    schedule = Schedule(_units(("a", 2)), split=True)
    ref = _job(schedule, None)
    got: list[Job | None] = []
    waiter = threading.Thread(target=lambda: got.append(schedule.next(None)))
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive()  # nothing to do yet, but a's samples will come
    schedule.reference_done(ref, True)
    waiter.join(5)
    assert not waiter.is_alive() and got[0] is not None and got[0].sample == "a1"


def test_an_unscorable_reference_releases_waiting_slots_and_its_samples_are_never_handed_out():
    schedule = Schedule(_units(("a", 2)), split=True)
    ref = _job(schedule, None)
    got: list[Job | None] = []
    waiter = threading.Thread(target=lambda: got.append(schedule.next(None)))
    waiter.start()
    schedule.reference_done(ref, False)
    waiter.join(5)
    assert got == [None]
    assert schedule.next(None) is None


def test_stop_releases_a_waiting_slot():
    schedule = Schedule(_units(("a", 1)), split=True)
    schedule.next(None)
    got: list[Job | None] = []
    waiter = threading.Thread(target=lambda: got.append(schedule.next(None)))
    waiter.start()
    schedule.stop()
    waiter.join(5)
    assert got == [None]
