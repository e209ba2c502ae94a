"""``effbench tasks validate --fast`` over some of the built-in suite's tasks: its wall time, and the sandboxed runs
it makes, as min / median / max over rounds.  The suite's own test (tests/test_suite.py) validates every task so,
and was the largest single part of the test suite's time, almost all of it the runs' fixed cost.

    python3 benchmarks/validate_runs.py [--tasks ID,ID,...] [--rounds 3] [--effbench DIR]

Each round is a child process (``python3 -m effbench tasks validate --fast --jobs 1``) with a cache of inputs of its
own, made before the round and not timed; the run count is read from a child that validates the same tasks with the
sandbox's ``execute`` counted.  ``--effbench DIR`` runs the effbench of another checkout (DIR/.shim for its
runners when there is one), to measure before and after a change.  Nothing here depends on load but the times:
run them one at a time.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TASKS = "anagram-groups-count,count-primes,edit-distance,dijkstra-shortest-paths"

COUNT = """
import sys
from effbench.sandbox import client
from effbench.tasks.task import default_tasks_dir, load_suite
from effbench.tasks.validate import validate_tasks
runs = []
execute = client.PooledSandbox.execute
def counted(self, *args, **kwargs):
    runs.append(1)
    return execute(self, *args, **kwargs)
client.PooledSandbox.execute = counted
validate_tasks(load_suite(default_tasks_dir(), sys.argv[1].split(",")), fast=True, seed=998244353,
               echo=lambda line: None)
print(len(runs))
"""


def _figures(values: list[float]) -> str:
    return f"{min(values):.1f} / {statistics.median(values):.1f} / {max(values):.1f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", default=TASKS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--effbench", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="The checkout whose effbench runs (default: this one).")
    args = parser.parse_args(argv)
    root = args.effbench.resolve()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in (root / ".shim", root) if p.is_dir())}
    ids = args.tasks.split(",")
    validate = [sys.executable, "-m", "effbench", "tasks", "validate", *ids, "--fast", "--jobs", "1"]
    times = []
    with tempfile.TemporaryDirectory() as cache:
        env["EFFBENCH_CACHE"] = cache
        subprocess.run(validate, env=env, check=True, capture_output=True)  # the inputs, made once, not timed
        for _ in range(args.rounds):
            start = time.perf_counter()
            subprocess.run(validate, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        runs = subprocess.run([sys.executable, "-c", COUNT, args.tasks], env=env, check=True, capture_output=True,
                              text=True).stdout.split()[-1]
    print(f"effbench at {root}: tasks validate --fast of {len(ids)} tasks ({args.tasks})")
    print(f"  wall time, s (min / median / max of {args.rounds}): {_figures(times)}")
    print(f"  sandboxed runs: {runs}")


if __name__ == "__main__":
    main()
