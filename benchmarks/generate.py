"""Time ``effbench generate`` for the whole suite against the local stand-in model server, at several concurrencies.

No model runs here: the stand-in (tests/openai_standin.py, a separate process on 127.0.0.1) answers every request
with the task's expert solution in a fenced block after ``--latency`` seconds, standing in for a model's time to
answer.  Two times are printed: the whole command as a subprocess (start-up included: importing the client library
and loading the suite), and the requests alone (as the command reports them: prompts, requests, extraction, the
samples file), which is where concurrency overlaps a server's latency.

    python3 benchmarks/generate.py [--rounds 3] [--n 1] [--latency 0.05] [--concurrency 1,8]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from openai_standin import serve  # noqa: E402

from benchmarks.figures import labelled  # noqa: E402
from effbench.tasks.task import default_tasks_dir, load_suite  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--n", type=int, default=1, help="samples per task")
    parser.add_argument("--latency", type=float, default=0.05, help="the stand-in's seconds per answer")
    parser.add_argument("--concurrency", default="1,8")
    args = parser.parse_args()
    suite = load_suite(default_tasks_dir())
    script = {"rules": [{"match": f"def {t.entry_point}(", "replies": [
        {"delay": args.latency, "content": f"Here it is:\n```python\n{t.expert.code}```\n"}]} for t in suite]}
    print(f"{len(suite)} tasks x {args.n} sample(s), stand-in latency {args.latency * 1000:.0f} ms, "
          f"{args.rounds} rounds")
    with tempfile.TemporaryDirectory() as tmp:
        with serve(script, Path(tmp) / "server") as server:
            for concurrency in [int(c) for c in args.concurrency.split(",")]:
                times, inside = [], []
                for r in range(args.rounds):
                    out = Path(tmp) / f"c{concurrency}-{r}.jsonl"
                    started = time.perf_counter()
                    done = subprocess.run([sys.executable, "-m", "effbench", "generate", "--model", "bench",
                                           "--base-url", server.url, "--n", str(args.n), "--concurrency",
                                           str(concurrency), "--quiet", "-o", str(out)], capture_output=True,
                                          text=True)
                    times.append(time.perf_counter() - started)
                    if done.returncode != 0:
                        sys.exit(f"effbench generate failed (exit {done.returncode}): {done.stderr}")
                    inside.append(float(re.search(r" in ([0-9.]+) s ", done.stdout).group(1)))
                    assert len(out.read_text().splitlines()) == len(suite) * args.n
                print(f"concurrency {concurrency:3}: command {spread(times)}; requests alone {spread(inside)}  "
                      f"({len(suite) * args.n} requests)")


def spread(times: list[float]) -> str:
    return labelled(times, "s")


if __name__ == "__main__":
    main()
