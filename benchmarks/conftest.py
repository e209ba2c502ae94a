"""Fixtures of the harness's own benchmarks (``pytest benchmarks/ --benchmark-only``; .ci/run compares them
with benchmarks/baseline/, see the README's "Performance of the harness").

The runners are the real sandboxes, started once per module: the benchmarks time what a run pays per execution, not
the start-up (which has its own benchmark)."""
from __future__ import annotations

import marshal

import pytest

from bench_common import LIMITS, RUNNERS, TRIVIAL, needs
from effbench.sandbox import make_sandbox


def pytest_configure(config):
    config.addinivalue_line("markers", "cpu_clock: timed by this process's CPU clock (gated in .ci/run)")


@pytest.fixture(scope="module", params=RUNNERS)
def started_runner(request):
    """A started worker of each runner, holding input "x" = [1], warmed up by ten runs."""
    needs(request.param)
    runner = make_sandbox(request.param)
    runner.put_input("x", marshal.dumps([1]))
    runner.start()
    for _ in range(10):
        assert runner.execute(TRIVIAL, "f", ["x"], LIMITS).status == "ok"
    yield runner
    runner.close()
