"""ENAMEL's harness and effbench on the same problems and samples, one after the other: do they agree?

    python3 benchmarks/enamel_side_by_side.py [--subset 0,12,...|--first 12|--all] [--rounds 3]
                                              [--samples FILE ...] [--rules enamel] [--out DIR]

For each round and each samples file (default: the two ENAMEL ships, enamel-references.json and
humaneval-canonical.json), it runs ENAMEL's harness (the installed ``enam``, unmodified: ``Evaluator.make_tests``
then ``evaluate(codes, k=1)``, in a child interpreter) and then ``effbench run --rules enamel`` on tasks imported
with ENAMEL's draws (``effbench import enamel --enamel-draws``), never at the same time.  Both run under
PYTHONHASHSEED=0 (ENAMEL leaves the hash seed random; three of its generators depend on it).  It prints, per
problem, pass/fail of each harness (with the agreement), eff@1 of each (mean over rounds) and its spread over
rounds (max - min), then the suite eff@1 per round and the wall times.

ENAMEL's data is read from beside the checkout (../shared/data/enamel) or $EFFBENCH_ENAMEL_DATA, never copied.
Needs the ``effbench[enamel]`` extra.  CPU-heavy: on a shared machine, start with a small subset.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.enamel_harness import DATA  # noqa: E402

SHIPPED = ("enamel-references.json", "humaneval-canonical.json")


def _env() -> dict:
    return dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT)] + sys.path)))


def run_enamel(samples: Path, subset: list[int], out: Path) -> tuple[dict, float]:
    """{problem: (passed, eff)} from ENAMEL's harness, and its wall time."""
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "tests.enamel_harness", "evaluate", str(DATA / "enamel.csv"), str(samples),
                    str(out), ",".join(map(str, subset))], check=True, env=_env(), cwd=ROOT)
    data = json.loads(out.read_text())["problems"]
    return {int(i): (all(p["passed"]), statistics.fmean(p["effs"])) for i, p in data.items()}, \
        time.monotonic() - started


def run_effbench(samples: Path, tasks: Path, out: Path, rules: str) -> tuple[dict, float]:
    """{problem: (passed, eff)} from effbench, and its wall time.  A task effbench cannot score (its expert failed:
    exit 3, reported on stderr) is left out, never scored 0."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks), "--rules",
                           rules, "--k", "1", "--quiet", "--out", str(out)], env=_env(), cwd=ROOT,
                          stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 3):
        raise SystemExit(f"effbench run failed (exit {done.returncode})")
    index = {}
    for folder in tasks.iterdir():
        if (folder / "task.toml").is_file():
            import tomllib
            index[folder.name] = tomllib.loads((folder / "task.toml").read_text())["origin_params"]["index"]
    per: dict[int, list] = {}
    for line in (out / "results.jsonl").read_text().splitlines():
        row = json.loads(line)
        per.setdefault(index[row["task_id"]], []).append((row["status"] == "passed", row["efficiency"]))
    return {i: (all(p for p, _ in rows), statistics.fmean(e for _, e in rows)) for i, rows in per.items()}, \
        time.monotonic() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subset", help="problem indices, comma-separated")
    ap.add_argument("--first", type=int, default=12, help="the first N problems of ENAMEL's benchmark (default 12)")
    ap.add_argument("--all", action="store_true", help="all 142 problems of ENAMEL's benchmark")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--samples", nargs="*", type=Path, default=[DATA / name for name in SHIPPED])
    ap.add_argument("--rules", default="enamel")
    ap.add_argument("--out", type=Path, default=None, help="keep the runs here (default: a temporary folder)")
    args = ap.parse_args()
    from effbench.importers.enamel import PROBLEMSET, import_enamel
    subset = ([int(x) for x in args.subset.split(",")] if args.subset else
              list(PROBLEMSET) if args.all else list(PROBLEMSET[:args.first]))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        tasks = out / "tasks"
        import_enamel(DATA / "enamel.csv", tasks, subset=subset, enamel_draws=True)
        # results[file][harness] = list over rounds of {problem: (passed, eff)}; walls likewise
        results = {s.name: {"enamel": [], "effbench": []} for s in args.samples}
        walls = {s.name: {"enamel": [], "effbench": []} for s in args.samples}
        for r in range(args.rounds):
            for samples in args.samples:
                got, wall = run_enamel(samples, subset, out / f"enamel-{samples.stem}-r{r}.json")
                results[samples.name]["enamel"].append(got)
                walls[samples.name]["enamel"].append(wall)
                got, wall = run_effbench(samples, tasks, out / f"effbench-{samples.stem}-r{r}", args.rules)
                results[samples.name]["effbench"].append(got)
                walls[samples.name]["effbench"].append(wall)
                print(f"round {r + 1}/{args.rounds} {samples.name}: ENAMEL {walls[samples.name]['enamel'][-1]:.0f} s, "
                      f"effbench {walls[samples.name]['effbench'][-1]:.0f} s", file=sys.stderr, flush=True)
        report(subset, results, walls, args.rounds)


def _cell(rounds: list[dict], i: int) -> tuple[str, float, float]:
    passes = {rnd[i][0] for rnd in rounds if i in rnd}
    effs = [rnd[i][1] for rnd in rounds if i in rnd]
    if not effs:
        return "n/a", float("nan"), float("nan")  # unscorable (reported by the harness)
    status = "pass" if passes == {True} else "FAIL" if passes == {False} else "flaky"
    return status, statistics.fmean(effs), max(effs) - min(effs)


def report(subset: list[int], results: dict, walls: dict, rounds: int) -> None:
    for name, by in results.items():
        print(f"\n## {name}: {len(subset)} problems, {rounds} round(s); eff@1 = mean over rounds, spread = max - min")
        print(f"{'problem':>7}  {'ENAMEL':>6} {'eff@1':>6} {'spread':>6}  "
              f"{'effbench':>8} {'eff@1':>6} {'spread':>6}  agree")
        agree = 0
        for i in subset:
            a, b = _cell(by["enamel"], i), _cell(by["effbench"], i)
            same = a[0] == b[0] and a[0] != "flaky"
            agree += same
            print(f"{i:>7}  {a[0]:>6} {a[1]:6.3f} {a[2]:6.3f}  "
                  f"{b[0]:>8} {b[1]:6.3f} {b[2]:6.3f}  {'yes' if same else 'NO'}")
        print(f"pass/fail agreement: {agree}/{len(subset)}")
        scored = [i for i in subset if all(i in rnd for h in by.values() for rnd in h)]
        if len(scored) < len(subset):
            print(f"suite figures over the {len(scored)} problems both harnesses scored")
        for harness in ("enamel", "effbench"):
            suite = [statistics.fmean(rnd[i][1] for i in scored) for rnd in by[harness]]
            spreads = [_cell(by[harness], i)[2] for i in scored]
            print(f"{harness:>8}: suite eff@1 per round {', '.join(f'{s:.3f}' for s in suite)}; per-problem "
                  f"spread median {statistics.median(spreads):.3f}, max {max(spreads):.3f}; wall "
                  f"{', '.join(f'{w:.0f}' for w in walls[name][harness])} s")


if __name__ == "__main__":
    main()
