"""The host round trip of one sandboxed execution, worker start-up, and input encoding and transfer, for the process
(bubblewrap) and docker runners.  ``benchmarks/overhead.py`` prints the same figures as plain text."""
from __future__ import annotations

import itertools
import marshal

import pytest

from bench_common import LIMITS, RUNNERS, TRIVIAL, cpu_clocked, needs
from effbench.tasks.input_worker import encode_args
from effbench.sandbox import make_sandbox

BIG_ARGS = [list(range(200_000))]        # about 1 MB marshalled: a large level's input
START_ROUNDS = 3


def test_round_trip(benchmark, started_runner):
    """Fork a confined child from the warm worker, run a trivial sample, measure it, reply (host wall time)."""
    ex = benchmark(started_runner.execute, TRIVIAL, "f", ["x"], LIMITS)
    assert ex.status == "ok" and ex.outputs == [2], ex
    # what the in-sandbox clock charges a trivial sample (compile + call + encode), as overhead.py prints it
    charged = sorted(started_runner.execute(TRIVIAL, "f", ["x"], LIMITS).cpu_time * 1e3 for _ in range(20))
    benchmark.extra_info.update(charged_cpu_ms_min=charged[0], charged_cpu_ms_median=charged[10],
                                charged_cpu_ms_max=charged[-1])


@pytest.mark.parametrize("name", RUNNERS)
def test_worker_start_up(benchmark, name):
    """From nothing to a worker that answered ``hello`` (bubblewrap + interpreter + preloads; or a container)."""
    needs(name)
    made = []

    def fresh():
        while made:
            made.pop().close()   # untimed: the previous round's worker
        made.append(make_sandbox(name))
        return (made[-1],), {}

    try:
        benchmark.pedantic(lambda runner: runner.start(), setup=fresh, rounds=START_ROUNDS)
        assert made[-1].info()["runner"] == name
    finally:
        for runner in made:
            runner.close()


@cpu_clocked
def test_input_encoding(benchmark):
    """An argument list to the bytes that travel to the sandbox (marshal, checked for builtin data)."""
    blob = benchmark(encode_args, BIG_ARGS, "benchmark")
    assert marshal.loads(blob) == BIG_ARGS


def test_input_transfer(benchmark, started_runner):
    """A new 1 MB input sent to the worker and used by one run (send, store, decode before the clock, run)."""
    blob = encode_args(BIG_ARGS, "benchmark")
    keys = (f"big{i}" for i in itertools.count())
    code = "def f(x):\n    return len(x)\n"

    def send_and_run():
        key = next(keys)
        started_runner.drop_inputs()
        started_runner.put_input(key, blob)
        return started_runner.execute(code, "f", [key], LIMITS)

    ex = benchmark(send_and_run)
    assert ex.status == "ok" and ex.outputs == [len(BIG_ARGS[0])], ex
    started_runner.drop_inputs()
    started_runner.put_input("x", marshal.dumps([1]))
