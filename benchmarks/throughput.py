"""Throughput of ``effbench run --jobs N``, and what two slots cost timing modes in fidelity (issue 22).

    flock /tmp/effbench-heavy.lock python3 benchmarks/throughput.py [--rounds 2] [--cpu-tasks a,b,...]
                                                                    [--parts 1,2,3,4] [--enamel-problems 12]

1. instructions mode: samples per second at ``--jobs 1`` and ``--jobs 2`` on the same samples (copies of the
   fixture task at small sizes, tests/small_suite.py; every reference tier as a sample), rounds alternating, and
   whether the two settings counted every run identically (they must).  Then where each setting's slot-time went,
   from the slots' timeline (effbench/measuring/schedule.py): starting workers (callgrind's start-up is paid once
   per slot, by both settings: the part of a run two slots cannot shrink), measuring, or idle (waiting for work, or
   the run's own set-up and scoring), and the speed-up at equal speed per measurement: the raw speed-up times how
   much slower (summed) a measurement was at ``--jobs 2`` than at ``--jobs 1``, which on a shared machine is mostly
   other users' load rather than the two slots' (quote both, and the load).
2. cpu mode on tasks of the suite (every reference tier as a pseudo-model): ``--jobs 1`` against ``--jobs 2``,
   rounds alternating: the expert scored against itself (eff@1, ideal 1.00), the fraction of tasks whose tiers come
   out in order (fastest tier's eff@1 >= the next >= ..., first above last), and samples per second.
3. Ray (``--executor ray``, a one-machine cluster started for each run): samples per second on part 1's samples in
   instructions mode and on part 2's in cpu mode, beside the local executor's ``--jobs 1`` figure of the same round,
   and whether Ray counted every run as the local executor did.  Ray listens on the machine's outward interface, so
   this part re-runs the script inside a network namespace holding loopback alone (``unshare --net``).
4. ENAMEL's own harness against effbench on the first ``--enamel-problems`` problems of ENAMEL's benchmark (the
   reference samples ENAMEL ships, inputs imported with ENAMEL's draws, ``--rules enamel``), one after the other,
   rounds alternating: each harness's wall time and effbench's over ENAMEL's (benchmarks/enamel_side_by_side.py
   runs both; needs the ``effbench[enamel]`` extra and ENAMEL's data beside the checkout).
Each figure is min / median / max over the rounds.  Timing figures depend on what else runs on the machine: run it
alone (the lead reruns it on a quiet machine), and quote the load it printed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import spread  # noqa: E402
from effbench.tasks.examples import example_rows  # noqa: E402
from effbench.tasks.inputs import InputCache  # noqa: E402
from effbench.measuring.records import Settings  # noqa: E402
from effbench.measuring.run import Executor, execute_run  # noqa: E402
from effbench.measuring.schedule import REFERENCE, SAMPLE, START, SWITCH, Span  # noqa: E402
from effbench.tasks.samples import load_samples  # noqa: E402
from effbench.tasks.task import default_tasks_dir, load_suite  # noqa: E402

CPU_TASKS = "count-inversions,max-subarray-sum,pair-sum-count,longest-consecutive-run"
# 12 tasks x 3 samples: a --jobs 1 run of ~40 s on a quiet 2-vCPU VM.  Each slot's callgrind worker takes ~3.5 CPU
# seconds to start, once per run whatever the run's size: with 4 tasks (~13 s) it was a quarter of the run, which
# capped --jobs 2 at ~1.6x however the slots shared the work (the slot-time lines show that share).
SMALL_COPIES = 12


def run_once(tasks, rows, settings, jobs: int, root: Path, cache: InputCache, executor: str = "local"):
    """One full run in a fresh directory: (leaderboard, seconds, samples, records by key, slot-time accounting)."""
    out = Path(tempfile.mkdtemp(prefix=f"{executor}{jobs}-", dir=root))
    path = out.with_suffix(".jsonl")
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    samples = load_samples(path, {t.id: t for t in tasks})
    spans: list[Span] = []
    started = time.monotonic()
    report = execute_run(tasks, samples, settings, out / "run", [1], cache, executor=Executor(executor, jobs),
                         timeline=spans)
    seconds = time.monotonic() - started
    recs = {}
    for line in (out / "run" / "records.jsonl").read_text().splitlines():
        r = json.loads(line)
        recs[(r["task"], r["subject"], r["phase"], r["level"], r["test"], r["repeat"])] = (r["status"],
                                                                                           r["instructions"])
    return report.leaderboard, seconds, len(samples), recs, accounting(spans, jobs, seconds)


def accounting(spans: list[Span], jobs: int, seconds: float) -> dict[str, float]:
    """Seconds of slot-time (*jobs* slots over the run's *seconds*) spent starting workers, measuring (references
    and samples), switching a slot to another task's inputs (a sample taken from another slot), and idle (the
    rest: waiting for work, the run's set-up and scoring)."""
    out = {kind: sum(s.end - s.start for s in spans if s.kind in kinds)
           for kind, kinds in (("start", (START,)), ("measure", (REFERENCE, SAMPLE)), ("switch", (SWITCH,)))}
    out["idle"] = jobs * seconds - sum(out.values())
    return out


def small_suite(root: Path, copies: int):
    from tests import small_suite as small
    small.TASK_IDS = tuple(f"pm-{chr(97 + i)}" for i in range(copies))
    tasks_dir, _ = small.make_suite(root / "small")
    tasks = load_suite(tasks_dir)
    return tasks, example_rows(tasks, adversarial=False)


def instructions_part(rounds: int, root: Path, copies: int) -> None:
    tasks, rows = small_suite(root, copies)
    cache = InputCache(root / "cache")
    rates: dict[int, list[float]] = {1: [], 2: []}
    slot_time: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    counts: dict[int, dict] = {}
    for _ in range(rounds):
        for jobs in (1, 2):
            _, seconds, n, recs, spent = run_once(tasks, rows, Settings(measure="instructions"), jobs, root, cache)
            rates[jobs].append(n / seconds)
            slot_time[jobs].append(spent)
            if jobs in counts and counts[jobs] != recs:
                print(f"  !! --jobs {jobs}: counts differ between rounds")
            counts[jobs] = recs
    same = counts[1] == counts[2]
    print(f"instructions mode, {len(tasks)} tasks, {len(rows)} samples, {rounds} round(s) each:")
    for jobs in (1, 2):
        print(f"  --jobs {jobs}: {spread(rates[jobs])} samples/s (min / median / max)")
    print(f"  speed-up (median): {statistics.median(rates[2]) / statistics.median(rates[1]):.2f}x; "
          f"every count identical between --jobs 1 and --jobs 2: {same} ({len(counts[1])} runs)")
    print_accounting(slot_time, rates)


def print_accounting(slot_time: dict[int, list[dict[str, float]]], rates: dict[int, list[float]]) -> None:
    """Where the slot-time went, per setting (median share over rounds), and the speed-up per round at equal speed
    per measurement (see the module docstring)."""
    for jobs in (1, 2):
        shares = {k: [100 * r[k] / sum(r.values()) for r in slot_time[jobs]] for k in slot_time[jobs][0]}
        print(f"  --jobs {jobs} slot-time: " + ", ".join(f"{k} {statistics.median(v):.0f}%"
                                                        for k, v in shares.items()))
    rounds = list(zip(rates[1], rates[2], slot_time[1], slot_time[2]))
    equal = [r2 / r1 * (t2["measure"] / t1["measure"]) for r1, r2, t1, t2 in rounds]
    slower = [t2["measure"] / t1["measure"] for _, _, t1, t2 in rounds]
    # a run's wall time is its slot-time over its slots; less each slot's share of the start-up
    after = [(sum(t1.values()) - t1["start"]) / ((sum(t2.values()) - t2["start"]) / 2) for _, _, t1, t2 in rounds]
    print(f"  measuring at --jobs 2 took {spread(slower, '{:.2f}')}x the summed seconds of --jobs 1 (min / median / "
          f"max); speed-up at equal speed per measurement {spread(equal, '{:.2f}')}x; after the workers' start-up "
          f"{spread(after, '{:.2f}')}x")


def cpu_part(rounds: int, task_ids: list[str], root: Path) -> None:
    tasks = load_suite(default_tasks_dir(), task_ids)
    rows = example_rows(tasks, adversarial=False)
    experts = {(r["model"], r["task_id"]) for r in rows
               for t in tasks if t.id == r["task_id"] and r["solution"] == t.expert.code}
    cache = InputCache(root / "cache")
    figures: dict[int, dict[str, list[float]]] = {j: {"expert": [], "order": [], "rate": []} for j in (1, 2)}
    for _ in range(rounds):
        for jobs in (1, 2):
            board, seconds, n, _, _ = run_once(tasks, rows, Settings(measure="cpu"), jobs, root, cache)
            eff = {(m, tid): e["eff@k"].get("1") for m, entry in board["models"].items()
                   for tid, e in entry["tasks"].items()}
            figures[jobs]["expert"].append(statistics.mean(eff[k] for k in experts))
            in_order = 0
            for t in tasks:
                tiers = [eff[(r["model"], t.id)] for r in rows if r["task_id"] == t.id]  # fastest first
                in_order += all(a >= b for a, b in zip(tiers, tiers[1:])) and tiers[0] > tiers[-1]
            figures[jobs]["order"].append(in_order / len(tasks))
            figures[jobs]["rate"].append(n / seconds)
    print(f"cpu mode, {len(tasks)} tasks ({', '.join(task_ids)}), {len(rows)} samples, {rounds} round(s) each:")
    for jobs in (1, 2):
        f = figures[jobs]
        print(f"  --jobs {jobs}: expert-vs-itself eff@1 {spread(f['expert'])}; tiers in order "
              f"{spread([100 * v for v in f['order']], '{:.0f}%')}; {spread(f['rate'])} samples/s")


def ray_part(rounds: int, root: Path, copies: int, task_ids: list[str]) -> None:
    """Part 3, run inside the loopback-only namespace (see :func:`in_loopback_namespace`)."""
    cases = [("instructions", *small_suite(root, copies))]
    cpu_tasks = load_suite(default_tasks_dir(), task_ids)
    cases.append(("cpu", cpu_tasks, example_rows(cpu_tasks, adversarial=False)))
    cache = InputCache(root / "cache")
    for measure, tasks, rows in cases:
        rates: dict[str, list[float]] = {"local": [], "ray": []}
        same = True
        for _ in range(rounds):
            recs = {}
            for executor in ("local", "ray"):
                _, seconds, n, recs[executor], _ = run_once(tasks, rows, Settings(measure=measure), 1, root, cache,
                                                            executor)
                rates[executor].append(n / seconds)
            same = same and (measure != "instructions" or recs["local"] == recs["ray"])
        print(f"ray, {measure} mode, {len(tasks)} tasks, {len(rows)} samples, {rounds} round(s) each:")
        print(f"  local --jobs 1: {spread(rates['local'])} samples/s; ray (a cluster of this machine, started for "
              f"the run): {spread(rates['ray'])} samples/s (min / median / max)"
              + (f"; every count identical to the local run: {same}" if measure == "instructions" else ""))


def in_loopback_namespace(args: argparse.Namespace) -> None:
    """Run part 3 in a network namespace holding loopback alone: no Ray traffic can leave the machine."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        raise SystemExit("part 3 needs unshare and ip (util-linux, iproute2)")
    inner = [sys.executable, __file__, "--parts", "3", "--inside-namespace", "--rounds", str(args.rounds),
             "--copies", str(args.copies), "--cpu-tasks", args.cpu_tasks]
    ray_tmp = tempfile.mkdtemp(prefix="efr-", dir="/tmp")  # Ray's socket paths must stay short
    try:
        subprocess.run(["unshare", "--net", "--", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *inner],
                       check=True, env=dict(os.environ, RAY_TMPDIR=ray_tmp))
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)


def enamel_part(rounds: int, root: Path, problems: int) -> None:
    """Part 4: ENAMEL's harness and effbench on the same problems and samples, one after the other."""
    from benchmarks.enamel_side_by_side import DATA, run_effbench, run_enamel
    from effbench.importers.enamel import PROBLEMSET, import_enamel
    subset = list(PROBLEMSET[:problems])
    tasks = root / "enamel-tasks"
    import_enamel(DATA / "enamel.csv", tasks, subset=subset, enamel_draws=True)
    samples = DATA / "enamel-references.json"
    walls: dict[str, list[float]] = {"enamel": [], "effbench": []}
    for r in range(rounds):
        walls["enamel"].append(run_enamel(samples, subset, root / f"enamel-r{r}.json")[1])
        walls["effbench"].append(run_effbench(samples, tasks, root / f"effbench-r{r}", "enamel")[1])
    ratio = [b / a for a, b in zip(walls["enamel"], walls["effbench"])]
    print(f"ENAMEL's harness against effbench (--rules enamel, cpu mode, --jobs 1), {len(subset)} problems of "
          f"ENAMEL's benchmark, {samples.name}, {rounds} round(s) each:")
    print(f"  ENAMEL {spread(walls['enamel'], '{:.1f}')} s; effbench {spread(walls['effbench'], '{:.1f}')} s; "
          f"effbench / ENAMEL {spread(ratio, '{:.2f}')}x (min / median / max)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cpu-tasks", default=CPU_TASKS)
    parser.add_argument("--parts", default="1,2")
    parser.add_argument("--copies", type=int, default=SMALL_COPIES, help="tasks of part 1 (copies of the fixture)")
    parser.add_argument("--enamel-problems", type=int, default=12, help="problems of part 4 (ENAMEL's first N)")
    parser.add_argument("--inside-namespace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    parts = {int(p) for p in args.parts.split(",")}
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="effbench-throughput-") as tmp:
        root = Path(tmp)
        if 1 in parts:
            instructions_part(args.rounds, root, args.copies)
        if 2 in parts:
            cpu_part(args.rounds, [t for t in args.cpu_tasks.split(",") if t], root)
        if 3 in parts and args.inside_namespace:
            ray_part(args.rounds, root, args.copies, [t for t in args.cpu_tasks.split(",") if t])
        elif 3 in parts:
            in_loopback_namespace(args)
        if 4 in parts:
            enamel_part(args.rounds, root, args.enamel_problems)
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
