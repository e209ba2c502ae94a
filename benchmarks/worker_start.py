"""How long a counting worker takes to start: from nothing to a worker that answered ``hello``, under callgrind.

    python3 benchmarks/worker_start.py [--rounds 10] [--runner process|docker]

Most of a counting run's fixed cost is here (the interpreter and the runner's imports under callgrind, the zygote
and its warm-up forks), paid again whenever a worker is restarted; the test suite starts hundreds.  Prints min /
median / max seconds.  Run it alone: two cores are easily disturbed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import labelled  # noqa: E402
from effbench.sandbox import make_sandbox, runner_source  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--runner", default="process", choices=["process", "docker"])
    args = parser.parse_args()
    runner_source.staged()  # made once per process: not a worker's start
    took = []
    for _ in range(args.rounds):
        runner = make_sandbox(args.runner, counter="callgrind")
        try:
            start = time.perf_counter()
            runner.start()
            took.append(time.perf_counter() - start)
        finally:
            runner.close()
    print(f"counting worker start ({args.runner}, callgrind): {labelled(took, 's')}")


if __name__ == "__main__":
    main()
