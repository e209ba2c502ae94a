"""Measurement fidelity of effbench, the figures issue 4 asks for.

    python3 benchmarks/fidelity.py [--tasks a,b,...] [--parts 1,2,3,4] [--instr-runs 3] [--cpu-runs 5] [--jobs 1]

1. instructions mode: every reference tier, as a pseudo-model, scored in `--instr-runs` full runs (fresh workers
   each time); prints the spread (max - min) of each (tier, task) efficiency score.  Target: exactly 0.
   `--jobs N` runs up to N of these runs at once: counts do not depend on machine load (tests/test_counting.py),
   and a full suite run under valgrind takes over an hour here.
2. cpu mode: the expert reference submitted as a sample and scored against itself, suite eff@1 in `--cpu-runs`
   runs.  Target: every run within 1.00 +- 0.03 (ENAMEL's harness gives 0.92-0.99 here).
3. the fraction of tasks whose reference tiers come out in their declared order, in each mode (instructions: one
   count per tier on the top level's first test; cpu: min of 3 repeats there).  Targets: 100 % and >= 95 %.
4. the cost of instructions mode per sample relative to cpu mode (wall time of a run / samples).
Run it alone: two cores are easily disturbed.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from effbench.tasks.examples import example_rows  # noqa: E402
from effbench.tasks.inputs import InputCache  # noqa: E402
from effbench.measuring.records import Settings  # noqa: E402
from effbench.measuring.run import execute_run  # noqa: E402
from effbench.tasks.samples import load_samples  # noqa: E402
from effbench.sandbox import base, make_sandbox  # noqa: E402
from effbench.sandbox.counting import detect_counter  # noqa: E402
from effbench.tasks.task import default_tasks_dir, load_suite  # noqa: E402


def samples_for(tasks, tmp: Path, rows: list[dict]):
    path = tmp / f"samples-{len(rows)}.jsonl"
    import json
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return load_samples(path, {t.id: t for t in tasks})


def scores(report) -> dict[tuple[str, str], float]:
    out = {}
    for model, entry in report.leaderboard["models"].items():
        for tid, t in entry["tasks"].items():
            out[(model, tid)] = t["eff@k"].get("1")
    return out


def timed_run(tasks, samples, settings, out: Path, cache: InputCache):
    t = time.perf_counter()
    report = execute_run(tasks, samples, settings, out, [1], cache)
    return report, time.perf_counter() - t


def _instr_run(args) -> tuple[dict, float]:
    """One full instructions-mode run in its own process (its own workers): scores and wall seconds."""
    ids, tmp, r = args
    tasks = load_suite(default_tasks_dir(), ids)
    samples = samples_for(tasks, tmp, example_rows(tasks, adversarial=False))
    report, secs = timed_run(tasks, samples, Settings(measure="instructions"), tmp / f"instr-{r}",
                             InputCache(tmp / "inputs"))
    print(f"  instructions run {r + 1}: {secs:.0f} s", flush=True)
    return scores(report), secs / len(samples)


def part_instructions(tasks, tmp, runs: int, jobs: int) -> float:
    ids = [t.id for t in tasks]
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        done = list(pool.map(_instr_run, [(ids, tmp, r) for r in range(runs)]))
    results = [d[0] for d in done]
    keys = sorted(results[0])
    spreads = {k: max(res[k] or 0 for res in results) - min(res[k] or 0 for res in results) for k in keys}
    nonzero = {k: v for k, v in spreads.items() if v != 0}
    print(f"(1) instructions: {len(keys)} (tier, task) scores on {len(tasks)} tasks over {runs} runs "
          f"({jobs} at a time); max spread {max(spreads.values()):.3g}; non-zero spreads: {len(nonzero)} "
          f"{sorted(nonzero.items())[:5]}", flush=True)
    # per-sample cost from runs made one at a time only: concurrent runs share the two cores
    return statistics.mean(d[1] for d in done) if jobs == 1 else float("nan")


def part_cpu_self(tasks, tmp, cache, runs) -> None:
    rows = [{"task_id": t.id, "model": "expert-as-sample", "solution": t.expert.code} for t in tasks]
    samples = samples_for(tasks, tmp, rows)
    values = []
    for r in range(runs):
        report, _ = timed_run(tasks, samples, Settings(measure="cpu"), tmp / f"cpu-{r}", cache)
        values.append(report.leaderboard["models"]["expert-as-sample"]["eff@k"]["1"])
    inside = sum(abs(v - 1) <= 0.03 for v in values)
    print(f"(2) cpu: expert against itself, suite eff@1 over {runs} runs: "
          + ", ".join(f"{v:.3f}" for v in values)
          + f"  (min {min(values):.3f} / median {statistics.median(values):.3f} / max {max(values):.3f}; "
          f"{inside}/{runs} within 1.00 +- 0.03)")


def tier_order(tasks, cache, measure: str, cap_factor: float) -> tuple[int, list[str]]:
    runner = make_sandbox("process", slot=1, counter=detect_counter() if measure == "instructions" else None)
    ordered, bad = 0, []
    try:
        for task in tasks:
            inp = cache.level_inputs(task, len(task.levels) - 1, 998244353)[0]
            runner.drop_inputs()
            runner.put_input(inp.key, inp.blob)
            costs, cap = [], None
            for ref in reversed(task.references):  # fastest (expert) first: it sets the cap
                wall = cap or 600.0
                limits = base.Limits.for_wall(wall, task.memory_mb)
                values = []
                for _ in range(1 if measure == "instructions" else 3):
                    ex = runner.execute(ref.code, task.entry_point, [inp.key], limits)
                    if ex.status != base.OK:
                        values = [math.inf]
                        break
                    values.append(ex.instructions if measure == "instructions" else ex.cpu_time)
                    if cap is None:
                        cap = max(2.0, cap_factor * ex.wall_time)
                costs.append(min(values))
            costs.reverse()  # declared order: slowest first
            if all(a > b for a, b in zip(costs, costs[1:])) or all(
                    a > b or (math.isinf(a) and math.isinf(b)) for a, b in zip(costs, costs[1:])):
                ordered += 1
            else:
                bad.append(task.id)
    finally:
        runner.close()
    return ordered, bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", default=None)
    parser.add_argument("--parts", default="1,2,3,4", help="which figures to measure (see above)")
    parser.add_argument("--instr-runs", type=int, default=3)
    parser.add_argument("--cpu-runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="instructions-mode runs at once (part 1)")
    parser.add_argument("--order-modes", default="cpu,instructions", help="modes of part 3")
    args = parser.parse_args()
    parts = {int(p) for p in args.parts.split(",")}
    ids = args.tasks.split(",") if args.tasks else None
    tasks = load_suite(default_tasks_dir(), ids)
    print(f"fidelity on {len(tasks)} task(s), parts {sorted(parts)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="effbench-fidelity-") as tmp_name:
        tmp = Path(tmp_name)
        cache = InputCache(tmp / "inputs")
        if 2 in parts:
            part_cpu_self(tasks, tmp, cache, args.cpu_runs)
        if 3 in parts:
            for measure in args.order_modes.split(","):
                cap = {"cpu": 20.0, "instructions": 10.0}[measure]
                ok, bad = tier_order(tasks, cache, measure, cap)
                print(f"(3) {measure}: tiers in declared order on {ok}/{len(tasks)} tasks "
                      f"({100 * ok / len(tasks):.0f} %); out of order: {bad}", flush=True)
        if 1 in parts:
            per_instr = part_instructions(tasks, tmp, args.instr_runs, args.jobs)
        if 4 in parts:
            if not (1 in parts and args.jobs == 1):
                per_instr = part_instructions(tasks, tmp, 1, 1)
            cpu_tiers = samples_for(tasks, tmp, example_rows(tasks, adversarial=False))
            _, secs = timed_run(tasks, cpu_tiers, Settings(measure="cpu"), tmp / "cpu-tiers", cache)
            per_cpu = secs / len(cpu_tiers)
            print(f"(4) cost per sample: instructions {per_instr:.1f} s vs cpu {per_cpu:.1f} s "
                  f"({per_instr / per_cpu:.1f}x)")


if __name__ == "__main__":
    main()
