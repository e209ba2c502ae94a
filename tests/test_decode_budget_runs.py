"""A sample that writes its own result frame, of objects costing the host past its decode budget, through both real
runners: its bad output with the reason, and the sandbox goes on (effbench/sandbox/decode_budget.py)."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base

from .both_runners import RUNNERS, started

pytestmark = pytest.mark.sandbox
LIMITS = base.Limits(wall_limit=20, cpu_limit=20, memory_mb=256)

# 7 MiB of empty lists: before the budget, the host's decoding allocated 172 MiB at its peak for it (tracemalloc)
FORGED_LISTS = """
import os, struct
def f(n):
    fake = b'{"kind": "ok", "outputs": [[' + b",".join([b"[]"] * ((7 << 20) // 3)) + b"]]}"
    for fd in range(3, 32):  # the worker reads the first frame on the result pipe
        try:
            os.write(fd, struct.pack('>Q', len(fake)) + fake)
        except OSError:
            pass
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
