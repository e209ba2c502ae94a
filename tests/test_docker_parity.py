"""Parity of the docker runner with the process sandbox, on the real engine: the same samples of the fixture task
give the same pass/fail and outputs, and the same instruction counts under callgrind."""
from __future__ import annotations

import pytest

from effbench.tasks.inputs import InputCache
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


def _parity(counter: str | None, level: int):
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    cache = InputCache(enabled=False)
    inputs = cache.case_inputs(task) + cache.level_inputs(task, level, 998244353)
    codes = {ref.name: ref.code for ref in task.references} | PARITY_EXTRA
    limits = Limits(wall_limit=60 if counter else 1, memory_mb=task.memory_mb)
    results = {}
    for runner in (ProcessSandbox(slot=1, counter=counter), DockerSandbox(slot=1, counter=counter)):
        try:
            for inp in inputs:
                runner.put_input(inp.key, inp.blob)
            results[runner.name] = {
                (name, inp.key): runner.execute(code, task.entry_point, [inp.key], limits)
                for name, code in codes.items() if not (counter and name == "slow") for inp in inputs}
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
    # Same interpreter and stdlib directories, argv, environment, locale, job bytes and child heap (the child makes
    # the same calls to drop privileges whether or not the kernel lets it): bit-identical counts.
    assert diffs and all(x == 0 for x in diffs), diffs
