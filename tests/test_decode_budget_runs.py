"""A sample that writes its own result frame, of objects costing the host past its decode budget, through both real
runners: its bad output with the reason, and the sandbox goes on (effbench/sandbox/decode_budget.py)."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base

from .both_runners import RUNNERS, started
from .hostile import WRITE_FRAME

pytestmark = pytest.mark.sandbox
LIMITS = base.Limits(wall_limit=20, cpu_limit=20, memory_mb=256)

# 7 MiB of empty lists: before the budget, the host's decoding allocated 172 MiB at its peak for it (tracemalloc)
FORGED_LISTS = WRITE_FRAME + """
def f(n):
    write_frame(b'{"kind": "ok", "outputs": [[' + b",".join([b"[]"] * ((7 << 20) // 3)) + b"]]}")
    return n
"""
# 14 MiB of empty lists in UTF-16, which json.loads(bytes) reads by its NUL bytes: "Ģ" is 22 01 there, a '"' byte
# to the budget's recount of texts (which reads UTF-8), so the lists up to "x" read as one text and were never
# counted (estimated 621 MiB before the recount, none after), and the host decoded them.
FORGED_UTF16 = WRITE_FRAME + """
def f(n):
    write_frame(('{"kind": "ok", "outputs": [["\\u0122", ' + ",".join(["[]"] * ((14 << 20) // 6)) + ', "x"]]}')
                .encode("utf-16-le"))
    return n
"""


@pytest.fixture(scope="module", params=RUNNERS)
def sandbox(request):
    with started(request.param, {"n": marshal.dumps([5000])}) as started_sandbox:
        yield started_sandbox


def test_a_forged_frame_past_the_decode_budget_is_the_samples_bad_output(sandbox):
    ex = sandbox.execute(FORGED_LISTS, "f", ["n"], LIMITS)
    assert ex.status == base.BAD_OUTPUT, (ex.status, ex.detail)
    assert ex.detail.startswith("result too large to decode: its 7.0 MiB would take about "), ex.detail
    assert sandbox.execute("def f(n):\n    return [n, (n,)]\n", "f", ["n"], LIMITS).outputs == [[5000, (5000,)]]
    assert sandbox.restarts == 0


def test_a_forged_utf16_frame_is_refused_before_the_budget_misreads_it(sandbox):
    ex = sandbox.execute(FORGED_UTF16, "f", ["n"], LIMITS)
    assert (ex.status, ex.detail) == (base.BAD_OUTPUT, "result is not UTF-8 JSON: it holds a NUL byte")
    assert sandbox.execute("def f(n):\n    return [n, 'Ģ']\n", "f", ["n"], LIMITS).outputs == [[5000, "Ģ"]]
    assert sandbox.restarts == 0
