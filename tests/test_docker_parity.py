"""Parity of the docker runner with the process sandbox, on the real engine: the same samples of the fixture task
give the same pass/fail and outputs, and the same instruction counts under callgrind."""
from __future__ import annotations

import pytest

from effbench.tasks.inputs import CASES_LEVEL, InputCache
from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS

pytestmark = [pytest.mark.skipif(not docker_available(), reason="no Docker engine answers"),
              pytest.mark.sandbox]


PARITY_EXTRA = {
    "buggy": "def prefix_max(nums):\n    return sorted(nums)\n",
    "syntax": "def prefix_max(nums)\n    return nums\n",
    "raises": "def prefix_max(nums):\n    return nums[10 ** 9]\n",
    "lying-eq": "class B:\n    def __eq__(s, o):\n        return True\ndef prefix_max(nums):\n    return B()\n",
    "exits": "import os\ndef prefix_max(nums):\n    os._exit(3)\n",
    "slow": "import time\ndef prefix_max(nums):\n    if len(nums) > 100:\n        time.sleep(5)\n    return nums\n",
    # integers past 2**2000 travel in hex (runners/wire.py): counted alike too
    "huge-ints": "def prefix_max(nums):\n    return [-(7 ** 6000), 7 ** (len(nums) + 3000)] + nums\n",
}
# Under callgrind a run costs a second or more, and the O(n^2) tier over 5 s on each level-1 input (86 M instructions):
# the codes that fail the same way whatever the input (they never read it) run on the first input only, and the
# quadratic tier on the hand cases only (the other three programs that pass carry level 1's 1000-item inputs).  Their
# statuses on every input are compared by the uncounted test.
COUNTED_ON_FIRST_INPUT = {"syntax", "raises", "lying-eq", "exits"}
COUNTED_ON_HAND_CASES = {"rescan"}


def _counted_inputs(name: str, inputs: list) -> list:
    if name in COUNTED_ON_FIRST_INPUT:
        return inputs[:1]
    return [i for i in inputs if i.level == CASES_LEVEL] if name in COUNTED_ON_HAND_CASES else inputs


def _task_and_inputs(level: int) -> tuple:
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    cache = InputCache(enabled=False)
    return task, cache.case_inputs(task) + cache.level_inputs(task, level, 998244353)


def _parity(counter: str | None, level: int):
    task, inputs = _task_and_inputs(level)
    codes = {ref.name: ref.code for ref in task.references} | PARITY_EXTRA
    limits = Limits(wall_limit=60 if counter else 1, memory_mb=task.memory_mb)
    results = {}
    for runner in (ProcessSandbox(slot=1, counter=counter), DockerSandbox(slot=1, counter=counter)):
        try:
            for inp in inputs:
                runner.put_input(inp.key, inp.blob)
            results[runner.name] = {
                (name, inp.key): runner.execute(code, task.entry_point, [inp.key], limits)
                for name, code in codes.items() if not (counter and name == "slow")
                for inp in (_counted_inputs(name, inputs) if counter else inputs)}
        finally:
            runner.close()
    return results["process"], results["docker"]


def test_parity_pass_fail_and_outputs():
    process, docker = _parity(None, level=2)
    assert process.keys() == docker.keys()
    for key, p in process.items():
        d = docker[key]
        assert (p.status, p.error_type, p.outputs) == (d.status, d.error_type, d.outputs), key
    assert {p.status for p in process.values()} >= {base.OK, base.ERROR, base.COMPILE_ERROR, base.BAD_OUTPUT,
                                                     base.EXIT, base.TIMEOUT}


def test_parity_instruction_counts():
    process, docker = _parity("callgrind", level=1)
    diffs = []
    for key, p in process.items():
        d = docker[key]
        assert (p.status, p.outputs) == (d.status, d.outputs), key
        if p.status == base.OK:
            assert p.instructions and d.instructions, key
            diffs.append(d.instructions - p.instructions)
    # every kind of ending but the timeout (not counted) is still compared, and the level's inputs are counted
    assert {p.status for p in process.values()} == {base.OK, base.ERROR, base.COMPILE_ERROR, base.BAD_OUTPUT,
                                                    base.EXIT}
    level_keys = {inp.key for inp in _task_and_inputs(1)[1] if inp.level == 1}
    assert {key[1] for key, p in process.items() if p.status == base.OK} >= level_keys
    # Same interpreter and stdlib directories, argv, environment, locale, job bytes and child heap (the child makes
    # the same calls to drop privileges whether or not the kernel lets it): bit-identical counts.
    assert diffs and all(x == 0 for x in diffs), diffs
