"""A timed run's child owns its copy of the worker's memory before "go" (runners/child.py, break_copy_on_write): a
sample that uses many of the worker's objects (every use writes a reference count) takes no copy-on-write faults in
its measured region, through both real runners.  Faults that follow what a sample touches, not the work it does,
are a cost the null program cannot subtract.  Counting runs are left as they were: faults cost no instructions."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base

from .both_runners import RUNNERS, started

pytestmark = pytest.mark.sandbox
LIMITS = base.Limits(wall_limit=10, cpu_limit=10, memory_mb=256)

# The sample counts its own minor faults (field 10 of /proc/self/stat) around a walk over every module the worker
# holds: its globals' values are objects made by the worker before the fork.
TOUCH_THE_WORKERS_OBJECTS = """
import sys
def _faults():
    with open("/proc/self/stat", "rb") as stat:
        return int(stat.read().rsplit(b")", 1)[1].split()[7])
def f(n):
    before = _faults()
    touched = 0
    for module in list(sys.modules.values()):
        for value in list(vars(module).values()):
            touched += 1
    return [_faults() - before, touched]
"""


@pytest.fixture(scope="module", params=RUNNERS)
def runner(request):
    with started(request.param, {"n": marshal.dumps([1])}) as sandbox:
        yield sandbox


def test_a_sample_using_the_workers_objects_takes_no_copy_on_write_faults(runner):
    ex = runner.execute(TOUCH_THE_WORKERS_OBJECTS, "f", ["n"], LIMITS)
    assert ex.status == base.OK, ex.detail
    faults, touched = ex.outputs[0]
    assert touched > 5000  # the walk did reach the worker's objects: thousands of them, over hundreds of pages
    assert faults < 10, f"{faults} page faults in the measured region"
