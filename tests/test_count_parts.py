"""A count's parts by function: callgrind's dump handed back by the profiling worker, read on the host
(effbench/profiling/parts.py), kept by a sweep (measuring/complexity_sweep.py).  The dump is the sample's run's, so it
is read as hostile input: what does not parse, or does not add up to the count, gives no parts (the count stands)."""
from __future__ import annotations

import base64
import marshal

import pytest

from effbench.measuring.complexity_run import reads_parts, sweep_sandbox
from effbench.measuring.complexity_sweep import SubjectSweep, SweepPoint, keep_parts
from effbench.profiling.model import ProfileError
from effbench.profiling.parts import PartsSandbox, parts_from_dump, parts_of_reply
from effbench.sandbox import base
from effbench.sandbox.process import ProcessSandbox

DUMP = b"""# callgrind format
version: 1
creator: callgrind-3.19.0
events: Ir
fl=(1) loop.c
fn=(1) main
3 10
+1 5
cfn=(2) helper'2
calls=2 0
* 100
fn=(2)
0 60
-2 40
fn=(3) other
cfl=(1)
cfn=(1)
calls=1 3
+4 7
16 3
totals: 218
"""


def test_the_dump_is_read_as_each_function_s_own_count():
    # the line after calls= is the callee's inclusive cost, charged to the callee's own lines, not to the caller;
    # recursion levels (helper'2) are one function
    assert parts_from_dump(DUMP.replace(b"totals: 218", b"totals: 118")) == {"main": 15, "helper": 100, "other": 3}
    with pytest.raises(ProfileError, match="add up"):
        parts_from_dump(DUMP)  # a total its functions do not make


def _reply(dump: bytes) -> dict:
    return {"profile_dump": base64.b64encode(dump).decode()}


def test_a_dump_that_does_not_read_or_add_up_gives_no_parts():
    good = DUMP.replace(b"totals: 218", b"totals: 118")
    assert parts_of_reply(_reply(good), 118) == {"main": 15, "helper": 100, "other": 3}
    assert parts_of_reply(_reply(good), 119) is None  # another run's total
    for bad in ({}, {"profile_dump": "not base64!"}, _reply(b"garbage"), _reply(good.replace(b"3 10", b"3 -10")),
                {"profile_error": "callgrind's dump is over 33554432 bytes"}):
        assert parts_of_reply(bad, 118) is None, bad


def test_only_the_process_runner_counting_with_callgrind_reads_parts():
    assert reads_parts("process", "callgrind")
    assert not reads_parts("docker", "callgrind") and not reads_parts("process", "perf")
    assert not reads_parts("process", None)
    assert isinstance(sweep_sandbox("process", "callgrind"), PartsSandbox)
    other = sweep_sandbox("process", None)
    assert isinstance(other, ProcessSandbox) and not isinstance(other, PartsSandbox)


def test_a_sweep_keeps_the_parts_that_hold_a_share_of_its_largest_size():
    points = [SweepPoint(10, 1000.0, 0.0, parts={"big": 500, "small": 400, "tiny": 100}),
              SweepPoint(20, 100_000.0, 0.0, parts={"big": 99_000, "small": 950, "tiny": 50})]
    kept = keep_parts(points)
    assert [p.parts for p in kept] == [{"big": 500, "small": 400}, {"big": 99_000, "small": 950}]
    d = SubjectSweep("t", "ref:x", kept).to_dict()
    assert SubjectSweep.from_dict(d).points == kept
    d["points"][0]["parts"] = {"big": 5000}  # more than the point's count
    with pytest.raises(ValueError, match="parts"):
        SubjectSweep.from_dict(d)


@pytest.mark.sandbox
def test_a_count_comes_with_its_parts_by_function():
    """A real callgrind count through the profiling worker: its parts sum to it, a sort's comparisons are among them
    (what lets a sweep find a log factor spent in C), and two runs give the same parts."""
    sandbox = PartsSandbox(slot=5)
    code = "def f(xs):\n    return sorted(xs)[0]\n"
    try:
        sandbox.put_input("xs", marshal.dumps([list(range(3000, 0, -1))]))
        runs = [sandbox.execute(code, "f", ["xs"], base.Limits(wall_limit=60)) for _ in range(2)]
    finally:
        sandbox.close()
    ex = runs[0]
    assert ex.status == base.OK, ex.detail
    assert ex.parts and sum(ex.parts.values()) == ex.instructions
    assert any("sort" in name or "compare" in name for name in ex.parts), sorted(ex.parts)
    assert all("'" not in name for name in ex.parts)  # recursion levels are one function
    assert (runs[1].instructions, runs[1].parts) == (ex.instructions, ex.parts)  # as deterministic as the count
