"""Timed runs through both real runners: the results leave the child as a marshal snapshot and arrive as the same
values, the child's own encoder is no longer part of a timed run (so a sample that rebinds it changes nothing), a
result marshal refuses still arrives through the wire form, and a forged snapshot is the sample's bad output."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base

from .both_runners import RUNNERS, started

pytestmark = pytest.mark.sandbox
LIMITS = base.Limits(wall_limit=10, cpu_limit=10, memory_mb=256)

RESULTS = """
import collections, enum
Pair = collections.namedtuple("Pair", "a b")
class Level(enum.IntEnum):
    HIGH = 3
def f(n):
    deep = None
    for _ in range(300):
        deep = [deep]
    row = [0.5] * 3
    return {"ints": list(range(n)), "big": 7 ** 3000, "shared": [row] * 4, "deep": deep, "text": "a\\u00e9\\ud800",
            "bytes": bytearray(b"\\x00\\xff"), "set": {1, 2}, "frozen": frozenset({(1, 2)}), "c": 1 + 2j,
            "nan": float("nan"), "none": None, "flags": (True, False)}
"""


def expected(n: int) -> dict:
    deep = None
    for _ in range(300):
        deep = [deep]
    row = [0.5] * 3
    return {"ints": list(range(n)), "big": 7 ** 3000, "shared": [row] * 4, "deep": deep, "text": "a\u00e9\ud800",
            "bytes": b"\x00\xff", "set": {1, 2}, "frozen": frozenset({(1, 2)}), "c": 1 + 2j, "none": None,
            "flags": (True, False)}


@pytest.fixture(scope="module", params=RUNNERS)
def timed(request):
    with started(request.param, {"n": marshal.dumps([5000])}) as sandbox:
        yield sandbox


def test_a_timed_runs_results_arrive_as_the_values_the_sample_returned(timed):
    ex = timed.execute(RESULTS, "f", ["n"], LIMITS)
    assert ex.status == base.OK, ex.detail
    out = ex.outputs[0]
    assert out.pop("nan") != out.pop("nan", 0.0)  # NaN, which equals nothing
    assert out == expected(5000)


def test_a_result_marshal_refuses_still_arrives_through_the_wire_form(timed):
    code = RESULTS + "def g(n):\n    return [Pair(Level.HIGH, n), type('L', (list,), {})([1, 2])]\n"
    ex = timed.execute(code, "g", ["n"], LIMITS)
    assert ex.status == base.OK and ex.outputs == [[(3, 5000), [1, 2]]], ex.detail


def test_rebinding_the_childs_encoder_changes_nothing_in_a_timed_run(timed):
    code = ("import sys\ndef f(n):\n"
            "    wire = sys.modules['wire']\n"
            "    wire.encode_value = lambda value, depth=0: 999\n"
            "    wire.dumps = lambda data: '{\"kind\": \"ok\", \"outputs\": [999]}'\n"
            "    return n + 1\n")
    ex = timed.execute(code, "f", ["n"], LIMITS)
    assert ex.status == base.OK and ex.outputs == [5001], ex.detail


FORGED = """
import marshal, os, struct
def f(n):
    bomb = [0]
    for _ in range(64):
        bomb = [bomb, bomb]
    fake = PAYLOAD
    for fd in range(3, 32):  # the worker reads the first frame on the result pipe
        try:
            os.write(fd, struct.pack('>Q', len(fake)) + fake)
        except OSError:
            pass
    return n
"""


# A snapshot of a value too large once written out (2**64 values) is over the memory budget, as the same value
# returned is: its wire form would take more to make.
@pytest.mark.parametrize("payload, status", [("b'M' + b'x' * 20", base.BAD_OUTPUT),
                                             ("b'M' + marshal.dumps([bomb])", base.MEMORY)])
def test_a_forged_snapshot_is_the_samples_failure_and_the_runner_goes_on(timed, payload, status):
    ex = timed.execute(FORGED.replace("PAYLOAD", payload), "f", ["n"], LIMITS)
    assert ex.status == status, (ex.status, ex.detail)
    assert timed.execute("def f(n):\n    return n\n", "f", ["n"], LIMITS).outputs == [5000]


def test_a_long_text_returned_many_times_is_over_the_output_limit_at_once(timed):
    """A megabyte of text 3,000 times: a 1 MB snapshot, 3 GB of JSON.  Before, the worker wrote it all out before
    finding it over the limit: 6 GB in a process sandbox's worker (whose memory nothing bounds); in a container,
    the worker killed at the container's 2 GB, twice, and the sample called a crash."""
    ex = timed.execute("def f(n):\n    return ['x' * 1_000_000] * 3000\n", "f", ["n"], LIMITS)
    assert ex.status == base.OUTPUT_LIMIT, (ex.status, ex.detail)
    assert timed.execute("def f(n):\n    return n\n", "f", ["n"], LIMITS).outputs == [5000]
    assert timed.restarts == 0


def test_a_result_too_large_to_put_in_the_wire_form_within_the_budget_is_the_samples_memory_limit(timed):
    """A million empty lists, one list shared: 4 MB of JSON, and 64 MB of lists to make it, over a budget of 32 MB.
    Before, the worker made them and the host rebuilt them, whatever the budget (four million: 4.5 s of the host's
    CPU and 600 MB; at the output limit, sixteen million, 2.4 GB and half a minute)."""
    ex = timed.execute("def f(n):\n    return [[]] * 1_000_000\n", "f", ["n"],
                       base.Limits(wall_limit=10, cpu_limit=10, memory_mb=32))
    assert ex.status == base.MEMORY, (ex.status, ex.detail)
    assert timed.execute("def f(n):\n    return n\n", "f", ["n"], LIMITS).outputs == [5000]
