"""Scoring and comparing a run of ten thousand samples: the peak memory and CPU time of ``effbench score`` and
``effbench compare`` on a run directory as large as the ones users bring.

    python3 benchmarks/run_scale.py [--tasks 1] [--samples 10000] [--rounds 3] [--effbench DIR] [--keep DIR]

Writes a synthetic cpu-mode run directory (``bench_common.synthetic_run``: the expert, four DPE tier
representatives, and per sample its hand cases, every level's six repeats and the expert's paired runs; about 71
records a sample) of SAMPLES samples on each of TASKS tasks, and a second one from another seed to compare it with.
Then, ROUNDS times each, runs ``python3 -m effbench score RUN`` and ``python3 -m effbench compare RUN OTHER`` as
child processes and reads each child's own resource usage (``os.wait4``): its peak resident memory (``ru_maxrss``)
and its CPU seconds (user + system).  Each figure is printed as min / median / max.  ``--effbench DIR`` runs the
effbench of another checkout (its root: DIR/effbench), to measure before and after a change on the same run.

Records used to be read whole (every line of records.jsonl a RunRecord held until scoring ended): 10,000 samples
on one task took about 1 GB to score.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import synthetic_run  # noqa: E402
from benchmarks.figures import labelled  # noqa: E402
from effbench.measuring import machine  # noqa: E402

MODELS = 4


def write_run(out: Path, n_tasks: int, n_samples: int, seed: int = 0) -> int:
    """A run directory of *n_samples* samples (over MODELS models) on each of *n_tasks* tasks, as `effbench run`
    leaves it before scoring; returns its number of records."""
    meta, samples, records = synthetic_run(n_tasks=n_tasks, n_models=MODELS, per_model=n_samples // MODELS,
                                           seed=seed)
    meta["machine"] = machine.describe()
    meta["runner"] = {"runner": "process", "python": "3.11.7", "cpu_clock": "schedstat", "counter": None}
    out.mkdir(parents=True)
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps({**vars(s), "code": "pass"}) + "\n" for s in samples))
    with open(out / "records.jsonl", "w") as fh:
        for rec in records:
            fh.write(json.dumps(rec.to_dict()) + "\n")
    return len(records)


def measure(argv: list[str], env: dict, cwd: Path) -> tuple[float, float]:
    """(peak resident memory in MB, CPU seconds) of one child process running *argv* in *cwd* (where no effbench
    is: ``python -m`` looks in its folder first)."""
    with tempfile.TemporaryFile() as errors:  # a pipe read after the wait would block a child writing over 64 KiB
        child = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if child.returncode not in (0, 1):  # compare exits 1 when it finds a regression
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}: {err[-2000:]}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1)
    parser.add_argument("--samples", type=int, default=10_000, help="Samples on each task.")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--effbench", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="The checkout whose effbench runs (default: this one).")
    parser.add_argument("--keep", type=Path, default=None, help="Make the run directories here (and keep them).")
    parser.add_argument("--write", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write:  # in a child: a process's peak counts its parent's memory at the fork, and the records are large
        print(write_run(args.write, args.tasks, args.samples, seed=int(args.write.name == "other")))
        return
    env = {**os.environ, "PYTHONPATH": str(args.effbench.resolve())}
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        run, other = where / "run", where / "other"
        n = [int(subprocess.run([sys.executable, __file__, "--tasks", str(args.tasks), "--samples", str(args.samples),
                                 "--write", str(path)], check=True, capture_output=True, text=True).stdout)
             for path in (run, other)][0]
        size = (run / "records.jsonl").stat().st_size
        commands = {"score": [sys.executable, "-m", "effbench", "score", str(run)],
                    "compare": [sys.executable, "-m", "effbench", "compare", str(run), str(other)]}
        subprocess.run(commands["score"][:-1] + [str(other)], env=env, cwd=where, check=False, capture_output=True)
        figures: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in commands}
        for _ in range(args.rounds):
            for name, command in commands.items():
                rss, cpu = measure(command, env, where)
                figures[name][0].append(rss)
                figures[name][1].append(cpu)
    print(f"{args.samples} samples x {args.tasks} task(s): {n} records, records.jsonl {size / 1e6:.0f} MB; "
          f"effbench from {args.effbench}")
    for name, (rss, cpu) in figures.items():
        print(f"  {name:<8} peak RSS {labelled(rss, 'MB', '{:.0f}')}   CPU {labelled(cpu, 's', '{:.2f}')}")


if __name__ == "__main__":
    main()
