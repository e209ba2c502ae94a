"""The sweep's ladder for a subject too slow for its first size (complexity_sweep.lower), with a counting stand-in
for the sandbox: what is tested is which sizes the sweep asks for, not a measurement."""
from __future__ import annotations

import pytest

from effbench.measuring.complexity_sweep import MIN_SIZE, RATIO, SweepPlan, TaskSweeper, lower
from effbench.sandbox import base
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS


class CountingStandIn:
    """Costs 1000 + per_size * size instructions, killed above *limit*; answers what the expert does (it is both)."""

    def __init__(self, limit: int, per_size: float = 50.0):
        self.limit, self.per_size, self.asked = limit, per_size, []

    def put_input(self, key, blob):
        pass

    def execute(self, program, entry, keys, limits):
        size = int(keys[0].split("-")[-2])
        self.asked.append(size)
        if size > self.limit:
            return base.Execution(status=base.TIMEOUT, detail="killed")
        return base.Execution(status=base.OK, instructions=round(1000 + self.per_size * size), wall_time=0.1,
                              outputs=[0])


def test_lower_is_geometric_below_the_first_size():
    sizes = lower(100_000)
    assert sizes[-1] == 100_000 // RATIO and sizes[0] >= MIN_SIZE and sizes == sorted(set(sizes))
    assert all(1.5 < b / a < 2.6 for a, b in zip(sizes, sizes[1:]))
    assert lower(MIN_SIZE + 1) == [MIN_SIZE]


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_subject_killed_at_the_first_size_gets_the_sizes_below_it():
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    sweeper = TaskSweeper(task, None, SweepPlan(replicates=0))
    first = sweeper.sizes[0] * 64
    sweeper.sizes = [first * 2 ** i for i in range(6)]  # a ladder whose every size is out of the subject's reach
    # so slow that the first size is foreseen far over budget from any lowered size, but the lowered sizes up to
    # about a tenth of it are within the budget
    sweeper.runner = CountingStandIn(limit=first - 1, per_size=2e9 / first)
    result = sweeper.sweep("ref:slow", task.expert.code, is_expert=True)
    assert not result.failure and len(result.points) >= 5
    assert all(p.size < first for p in result.points)
    # climbed as a ladder, not filled in by midpoints: the budget rule foresees the lowered ladder's next size
    assert len(result.points) >= len(lower(first)) // 2


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_subject_within_reach_is_not_lowered():
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    sweeper = TaskSweeper(task, None, SweepPlan(replicates=0))
    sweeper.runner = stand_in = CountingStandIn(limit=10 ** 9)
    result = sweeper.sweep("ref:fast", task.expert.code, is_expert=True)
    assert [p.size for p in result.points] == sweeper.sizes and min(stand_in.asked) == sweeper.sizes[0]


# ---------------------------------------------------------------- continuing an earlier document (--extend)
def _swept(per_size: float, budget: float):
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    sweeper = TaskSweeper(task, None, SweepPlan(replicates=0, count_budget=budget))
    sweeper.sizes = [100 * 2 ** i for i in range(12)]
    sweeper.runner = stand_in = CountingStandIn(limit=10 ** 9, per_size=per_size)
    return task, sweeper, stand_in


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_an_extended_sweep_keeps_its_points_checks_the_top_once_and_climbs_on():
    task, small, _ = _swept(50.0, 1e6)
    prior = small.sweep("ref:fast", task.expert.code, is_expert=True)
    assert prior.stopped.startswith("budget") and len(prior.points) < len(small.sizes)
    _, big, stand_in = _swept(50.0, 1e7)
    extended = big.extend(prior, "ref:fast", task.expert.code, is_expert=True)
    fresh = _swept(50.0, 1e7)[1].sweep("ref:fast", task.expert.code, is_expert=True)
    top = max(p.size for p in prior.points)
    assert stand_in.asked[0] == top and min(stand_in.asked) == top  # nothing below the top measured again
    assert [(p.size, p.cost) for p in extended.points] == [(p.size, p.cost) for p in fresh.points]
    assert extended.stopped == fresh.stopped and extended.extended["top_drift"] == 0.0
    assert extended.extended["from_points"] == len(prior.points)


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_an_earlier_sweep_that_does_not_measure_the_same_again_is_not_continued():
    task, small, _ = _swept(50.0, 1e6)
    prior = small.sweep("ref:fast", task.expert.code, is_expert=True)
    _, changed, stand_in = _swept(50.0 * 1.01, 1e7)  # the subject (or its input) changed: 1 % more at every size
    assert changed.extend(prior, "ref:fast", task.expert.code, is_expert=True) is None
    assert stand_in.asked == [max(p.size for p in prior.points)]
