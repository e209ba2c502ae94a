"""A sample that fails at one size of its sweep has no class, wherever that size is: on the ladder, at a midpoint
the sweep adds, or on a replicate input.  A counting stand-in for the sandbox, so what is tested is how the sweep
reads each run's status, not a measurement."""
from __future__ import annotations

import pytest

from effbench.measuring.complexity_sweep import SweepPlan, TaskSweeper
from effbench.sandbox import base
from effbench.scoring.complexity_summary import classify
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS

# The sweeper makes each size's input in the input process (effbench/tasks/input_process.py).
pytestmark = pytest.mark.sandbox

FAILING = [base.ERROR, base.CRASH, base.EXIT, base.OUTPUT_LIMIT, base.BAD_OUTPUT]


class QuadraticStandIn:
    """Costs 1000 + size^2 instructions and answers 0, as the expert does; a program holding *marker* fails with
    *status* on the runs *fails* picks (by size and replicate)."""

    def __init__(self, marker: str = "", status: str = base.ERROR, fails=lambda size, rep: False):
        self.marker, self.status, self.fails, self.asked = marker, status, fails, []

    def put_input(self, key, blob):
        pass

    def execute(self, program, entry, keys, limits):
        size, rep = (int(part) for part in keys[0].split("-")[-2:])
        self.asked.append((size, rep))
        if self.marker and self.marker in program and self.fails(size, rep):
            return base.Execution(status=self.status, detail=f"{self.status} on purpose")
        return base.Execution(status=base.OK, instructions=1000 + size * size, wall_time=0.1, outputs=[0])


def _sweeper(runner) -> tuple:
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    sweeper = TaskSweeper(task, runner, SweepPlan(count_budget=5e6, min_points=8))
    sweeper.sizes = [100 * 2 ** i for i in range(12)]  # 1e4 to 4e7 instructions: the budget stops it at 3200
    return task, sweeper


def _clean_sweep():
    task, sweeper = _sweeper(QuadraticStandIn())
    return sweeper, sweeper.sweep("sample", task.expert.code + "\n# sample\n")


def test_the_clean_sweep_has_midpoints_and_replicates_and_a_class():
    sweeper, clean = _clean_sweep()
    assert not clean.failure and clean.replicates
    assert set(p.size for p in clean.points) - set(sweeper.sizes)  # midpoints were added
    assert classify(clean.to_dict(), True).cls == "n^2"


@pytest.mark.parametrize("status", FAILING)
def test_a_sample_failing_at_a_midpoint_has_no_class(status):
    sweeper, clean = _clean_sweep()
    midpoint = min(set(p.size for p in clean.points) - set(sweeper.sizes))
    task, sweeper = _sweeper(QuadraticStandIn("# sample", status, lambda size, rep: size == midpoint))
    result = sweeper.sweep("sample", task.expert.code + "\n# sample\n")
    assert result.failure.startswith(f"{status} at size {midpoint}")
    assert classify(result.to_dict(), True).cls is None


@pytest.mark.parametrize("status", FAILING)
def test_a_sample_failing_on_a_replicate_input_has_no_class(status):
    task, sweeper = _sweeper(QuadraticStandIn("# sample", status, lambda size, rep: rep > 0))
    result = sweeper.sweep("sample", task.expert.code + "\n# sample\n")
    assert result.failure.startswith(f"{status} at size ") and "input 1" in result.failure
    assert classify(result.to_dict(), True).cls is None


@pytest.mark.parametrize("status", [base.TIMEOUT, base.MEMORY])
def test_a_midpoint_or_replicate_killed_over_a_limit_is_left_out_not_failed(status):
    """A limit reached below a size that ran fine depends on the machine (a wall-clock kill on a busy one): the size
    is left out, and the sweep keeps its class."""
    sweeper, clean = _clean_sweep()
    midpoint = min(set(p.size for p in clean.points) - set(sweeper.sizes))
    task, sweeper = _sweeper(QuadraticStandIn("# sample", status, lambda size, rep: size == midpoint or rep > 0))
    result = sweeper.sweep("sample", task.expert.code + "\n# sample\n")
    assert not result.failure and midpoint not in [p.size for p in result.points]
    assert classify(result.to_dict(), True).cls == "n^2"


def test_a_sweep_that_failed_on_the_ladder_runs_no_midpoints_and_keeps_its_first_failure():
    failing_size = 800  # a ladder size: the climb fails there, with a point or two below it
    stand_in = QuadraticStandIn("# sample", base.ERROR, lambda size, rep: size >= failing_size)
    task, sweeper = _sweeper(stand_in)
    result = sweeper.sweep("sample", task.expert.code + "\n# sample\n")
    assert result.failure.startswith(f"error at size {failing_size}")
    sample_runs = [size for size, _ in stand_in.asked]
    assert sample_runs.count(failing_size) <= 2 and all(size in sweeper.sizes for size in sample_runs)
