"""Harness overhead per sandboxed execution, and the end-to-end time of the README example.

    python3 benchmarks/overhead.py [--runs 200] [--runner process|docker] [--skip-example]

Prints, for a trivial solution run N times through the sandbox: the host-side round trip of one execution (fork,
confine, run, measure, reply) and the floor that the in-sandbox clock charges a trivial sample (code load + call +
encode), each as min / median / p90 / max; for the docker runner also the pool start-up (one worker container,
created to connected).  Then times the README's main command on examples/samples.jsonl with that runner.
Run it alone: two cores are easily disturbed.
"""
from __future__ import annotations

import argparse
import marshal
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import labelled  # noqa: E402
from effbench.sandbox import make_sandbox  # noqa: E402
from effbench.sandbox.base import Limits  # noqa: E402


def spread(values: list[float]) -> str:
    """Seconds, quoted in milliseconds."""
    return labelled(values, "ms", scale=1e3)


def per_execution(runner_name: str, runs: int) -> None:
    start = time.perf_counter()
    runner = make_sandbox(runner_name)
    runner.put_input("x", marshal.dumps([1]))
    runner.start()
    startup = time.perf_counter() - start
    limits = Limits(wall_limit=5)
    code = "def f(x):\n    return x + 1\n"
    for _ in range(10):  # warm-up
        runner.execute(code, "f", ["x"], limits)
    round_trip, cpu, wall = [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        ex = runner.execute(code, "f", ["x"], limits)
        round_trip.append(time.perf_counter() - t)
        assert ex.status == "ok" and ex.outputs == [2], ex
        cpu.append(ex.cpu_time)
        wall.append(ex.wall_time)
    pool = pool_start_up(runner)
    runner.close()
    print(f"[{runner_name}] worker start-up: {startup * 1e3:.1f} ms")
    if pool:
        print(f"[{runner_name}] pool start-up per worker (container created to worker connected): {spread(pool[0])}")
        print(f"[{runner_name}] pool start-up per worker (to first answer, as a restart): {spread(pool[1])}")
    print(f"[{runner_name}] harness overhead per execution (host round trip): {spread(round_trip)}")
    print(f"[{runner_name}] executions per second (sequential): {runs / sum(round_trip):.0f}")
    print(f"[{runner_name}] charged to a trivial sample, CPU:  {spread(cpu)}")
    print(f"[{runner_name}] charged to a trivial sample, wall: {spread(wall)}")


def pool_start_up(runner, times: int = 5) -> tuple[list[float], list[float]] | None:
    """Docker only: how long a worker container takes to come up (what a pool pays per slot, and per restart)."""
    if not hasattr(runner, "startup_seconds"):
        return None
    connected, answered = [], []
    for _ in range(times):
        t = time.perf_counter()
        runner.restart()
        answered.append(time.perf_counter() - t)
        connected.append(runner.startup_seconds)
    return connected, answered


def example_end_to_end(runner_name: str = "process") -> None:
    out = Path(tempfile.mkdtemp(prefix="effbench-example-"))
    cmd = [sys.executable, "-m", "effbench", "run", str(ROOT / "examples" / "samples.jsonl"), "--out", str(out / "run"),
           "--quiet", "--runner", runner_name]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    shutil.rmtree(out, ignore_errors=True)
    status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    print(f"README example end to end (effbench run examples/samples.jsonl --runner {runner_name}, cold run dir): "
          f"{elapsed:.1f} s [{status}]")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--runner", default="process")
    parser.add_argument("--skip-example", action="store_true")
    args = parser.parse_args()
    per_execution(args.runner, max(100, args.runs))
    if not args.skip_example:
        example_end_to_end(args.runner)


if __name__ == "__main__":
    main()
