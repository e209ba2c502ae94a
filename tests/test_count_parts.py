"""A count's parts by function: callgrind's dump read in the worker (runners/executor.py), checked at the host
(sandbox/outcome.py), kept by a sweep (measuring/complexity_sweep.py).  The names are symbols of whatever the child
loaded, which a sample can choose, so their number and length are bounded in the worker."""
from __future__ import annotations

import os

from effbench_runners import executor

from effbench.measuring.complexity_sweep import SubjectSweep, SweepPoint, keep_parts
from effbench.sandbox import base
from effbench.sandbox.outcome import interpret

DUMP = b"""version: 1
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
    total, parts = executor._parse_count(DUMP.splitlines(keepends=True))
    # the line after calls= is the callee's inclusive cost, charged to the callee's own lines, not to the caller
    assert parts == {"main": 15, "helper": 100, "other": 3}
    assert total == 218  # the dump's total, not the sum (a real dump's parts sum to it: tests/test_counting.py)


def _write_count(path, functions: int, name_length: int = 10) -> None:
    lines = [b"events: Ir\n"]
    for i in range(functions):
        lines += [b"fn=(%d) %s\n" % (i + 1, (b"f%d_" % i).ljust(name_length, b"x")), b"1 %d\n" % (i + 1)]
    lines.append(b"totals: %d\n" % sum(range(1, functions + 1)))
    path.write_bytes(b"".join(lines))
    os.chmod(path, 0o666)


def test_a_dump_with_many_long_names_is_bounded_in_the_worker(tmp_path):
    path = tmp_path / "1.cg"
    _write_count(path, 3 * executor.MAX_PARTS, name_length=10_000)
    got = executor._read_count(str(path))
    assert len(got["parts"]) == executor.MAX_PARTS
    assert max(len(n) for n in got["parts"]) == executor.PART_NAME
    assert min(got["parts"].values()) == 2 * executor.MAX_PARTS + 1  # the largest are kept
    assert sum(got["parts"].values()) + got["parts_rest"] == got["instructions"]


def test_parts_that_do_not_add_up_are_dropped_and_the_count_kept():
    limits = base.Limits(wall_limit=10)
    good = {"status": "done", "instructions": 10, "parts": {"a": 6}, "parts_rest": 4}
    for bad in ({"parts": {"a": 7}}, {"parts": {"a": -1}, "parts_rest": 11}, {"parts": {"a": "6"}},
                {"parts": ["a"]}, {"parts_rest": None}, {"parts": {"a": True}}):
        ex = interpret(good | bad, b"", limits)
        assert ex.instructions == 10 and ex.parts is None and ex.parts_rest is None, bad
    ex = interpret(good, b"", limits)
    assert ex.parts == {"a": 6} and ex.parts_rest == 4


def test_a_sweep_keeps_the_parts_that_hold_a_share_of_its_largest_size():
    points = [SweepPoint(10, 1000.0, 0.0, parts={"big": 500, "small": 400, "tiny": 100}),
              SweepPoint(20, 100_000.0, 0.0, parts={"big": 99_000, "small": 950, "tiny": 50})]
    kept = keep_parts(points)
    assert [p.parts for p in kept] == [{"big": 500, "small": 400}, {"big": 99_000, "small": 950}]
    d = SubjectSweep("t", "ref:x", kept).to_dict()
    assert SubjectSweep.from_dict(d).points == kept
    d["points"][0]["parts"] = {"big": 5000}  # more than the point's count
    try:
        SubjectSweep.from_dict(d)
    except ValueError as exc:
        assert "parts" in str(exc)
    else:
        raise AssertionError("a point whose parts exceed its count was accepted")
