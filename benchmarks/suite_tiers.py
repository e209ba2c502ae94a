"""The suite's tiers at the top level, from `effbench tasks validate`: what the suite's issue asks of every task.

    effbench tasks validate --all --costs-json /tmp/costs.json       # measures (CPU, min of 3 repeats, test 0)
    python3 benchmarks/suite_tiers.py /tmp/costs.json [MORE.json ...]  # prints; a later file wins for a task
    python3 benchmarks/suite_tiers.py --measure /tmp/costs.json [--tasks a,b]  # times the tiers alone, then prints

Validation times every reference tier on the top level's first test (the least CPU time of three runs; a tier past
40x the expert is cut off there, and its ratio is a lower bound).  This prints, per task, the expert's time and the
ratio between each pair of adjacent tiers, then over the suite: the expert's top-level CPU time (min / median / max,
and how many fall in the 20 ms - 1 s the tasks aim for), the adjacent-tier ratios (median and worst) and the slowest
tier over the expert (min / median / max, and how many reach 5x).  Unlike tier_separation.py (a run's repeats,
scored tasks only) it needs no run: several files, measured at different times, can be put together.

``--measure`` writes the file itself with validation's own timing (the same repeats, cut-off and order check) but
none of its agreement checks: the expert's outputs on the top level, then every tier on its first test, about
10 s a task where a full validation takes minutes.  For the suite's figures on a quiet machine; the proof that the
tiers agree is `tasks validate`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import labelled  # noqa: E402
from effbench.errors import EffbenchError  # noqa: E402
from effbench.tasks.tier_costs import EXPERT_RANGE_MS, MIN_SEPARATION, read_cost_file  # noqa: E402


def measure(out: Path, kept: dict, task_ids: list[str] | None) -> dict:
    """Time every task's tiers at its top level as validation does, and keep them in *out* after each task; returns
    what *out* holds then.  Tasks already *kept* (what *out* held) are not measured again (an interrupted measurement
    goes on where it stopped).  A task whose tiers validation would call out of order (two tiers past the cut-off,
    say) is kept with the reason."""
    from effbench.sandbox import make_sandbox
    from effbench.tasks.inputs import SEED, InputCache
    from effbench.tasks.task import default_tasks_dir, load_suite
    from effbench.errors import ValidationError
    from effbench.tasks.tier_costs import cost_record, describe_tier_order, write_cost_file
    from effbench.tasks.validate import measure_tier_costs, run_expert
    runner, cache = make_sandbox("process"), InputCache()
    try:
        for task in load_suite(default_tasks_dir(), task_ids):
            if task.id in kept:
                continue
            top = len(task.levels.sizes) - 1
            baseline = run_expert(task, runner, cache, range(top, top + 1), SEED)
            costs = measure_tier_costs(task, runner, baseline)
            kept[task.id] = cost_record(task, costs)
            try:
                print(f"{task.id}: {describe_tier_order(costs, top)}", flush=True)
            except ValidationError as exc:
                kept[task.id]["problem"] = str(exc)
                print(f"{task.id}: {exc}", flush=True)
            write_cost_file(out, kept)
    finally:
        runner.close()
    return kept


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog=Path(__file__).name, description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="costs files; a later one wins for a task")
    ap.add_argument("--measure", type=Path, metavar="FILE", help="time the tiers into FILE first (goes on where "
                    "an interrupted measurement stopped), then print it with the other files")
    ap.add_argument("--tasks", help="with --measure: these task ids only, comma-separated")
    args = ap.parse_args(argv)
    paths = args.files + ([args.measure] if args.measure else [])
    if not paths:
        ap.error("name a costs file, or --measure FILE")
    try:  # every file before anything is measured or printed; the one to measure into may not exist yet
        files = {p: read_cost_file(p) for p in paths if p != args.measure or p.exists()}
    except EffbenchError as exc:
        ap.exit(2, f"{ap.prog}: error: {exc}\n")
    if args.measure:
        files[args.measure] = measure(args.measure, files.get(args.measure, {}),
                                      args.tasks.split(",") if args.tasks else None)
    costs: dict = {}  # later files win
    for path in paths:
        costs.update(files[path])
    experts, adjacent, spans, unresolved = [], [], [], []
    worst: tuple[float, str] = (float("inf"), "")
    for task, entry in sorted(costs.items()):
        tiers = entry["tiers"]
        expert = tiers[-1]["seconds"]
        experts.append(expert * 1000)
        parts = []
        for slow, fast in zip(tiers, tiers[1:]):
            if fast["capped"]:  # both past the cut-off: no ratio between them is known
                unresolved.append(f"{task}: {slow['name']} / {fast['name']}")
                parts.append("unknown (both cut off)")
                continue
            ratio = slow["seconds"] / fast["seconds"]
            adjacent.append(ratio)
            worst = min(worst, (ratio, f"{task}: {slow['name']} / {fast['name']}"))
            parts.append(f"{'>=' if slow['capped'] else ''}{ratio:.2f}x")
        spans.append(tiers[0]["seconds"] / expert)
        print(f"{task:34} {entry['category']:20} expert {expert * 1000:8.1f} ms   adjacent {', '.join(parts)}")
    lo, hi = EXPERT_RANGE_MS
    print(f"\n{len(costs)} tasks, {len(adjacent)} adjacent tier pairs (a capped slower tier gives a lower bound)")
    print(f"expert's top-level CPU: {labelled(experts, 'ms', '{:.1f}')}; "
          f"in {lo:g}-{hi:g} ms: {sum(lo <= e <= hi for e in experts)} of {len(experts)}")
    print(f"adjacent-tier ratio: median {statistics.median(adjacent):.2f}x, worst {worst[0]:.2f}x ({worst[1]})"
          + (f"; not known, both tiers past the cut-off: {', '.join(unresolved)}" if unresolved else ""))
    print(f"slowest tier over the expert: {labelled(spans, 'x', '{:.1f}')}; "
          f"at least {MIN_SEPARATION:g}x: {sum(s >= MIN_SEPARATION for s in spans)} of {len(spans)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
