"""ENAMEL's harness and effbench on the same problems and samples, one after the other: do they agree?

    python3 benchmarks/enamel_side_by_side.py [--subset 0,12,...|--first 12|--all] [--rounds 3]
                                              [--samples FILE ...] [--rules enamel] [--out DIR]
    python3 benchmarks/enamel_side_by_side.py --report DIR   # the table again from the runs kept in DIR

For each round and each samples file (default: the two ENAMEL ships, enamel-references.json and
humaneval-canonical.json), it runs ENAMEL's harness (the installed ``enam``, unmodified: ``Evaluator.make_tests``
then ``evaluate(codes, k=1)``, in a child interpreter) and then ``effbench run --rules enamel`` on tasks imported
with ENAMEL's draws (``effbench import enamel --enamel-draws``), never at the same time.  Both run under
PYTHONHASHSEED=0 (ENAMEL leaves the hash seed random; three of its generators depend on it).  It prints, per
problem, pass/fail of each harness (with the agreement), eff@1 of each (mean over rounds) and its spread over
rounds (max - min), then the suite eff@1 per round and the wall times, and where the suite's gap between the two
sits: split by the harness's own share of the expert's time (the null program's, from effbench's records).

ENAMEL's data is read from beside the checkout (../shared/data/enamel) or $EFFBENCH_ENAMEL_DATA, never copied.
Needs the ``effbench[enamel]`` extra.  CPU-heavy: on a shared machine, start with a small subset.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
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
    return read_enamel(out), time.monotonic() - started


def read_enamel(out: Path) -> dict:
    """{problem: (passed, eff)} from what ENAMEL's harness wrote."""
    data = json.loads(out.read_text())["problems"]
    return {int(i): (all(p["passed"]), statistics.fmean(p["effs"])) for i, p in data.items()}


def run_effbench(samples: Path, tasks: Path, out: Path, rules: str) -> tuple[dict, float]:
    """{problem: (passed, eff)} from effbench, and its wall time.  A task effbench cannot score (its expert failed:
    exit 3, reported on stderr) is left out, never scored 0."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks), "--rules",
                           rules, "--k", "1", "--quiet", "--out", str(out)], env=_env(), cwd=ROOT,
                          stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 3):
        raise SystemExit(f"effbench run failed (exit {done.returncode})")
    return read_effbench(out, tasks), time.monotonic() - started


@functools.cache
def _problem_index(tasks: Path) -> dict[str, int]:
    """{task id: ENAMEL problem index} of the imported tasks, read once per folder (every round reads results)."""
    index = {}
    for folder in tasks.iterdir():
        if (folder / "task.toml").is_file():
            index[folder.name] = tomllib.loads((folder / "task.toml").read_text())["origin_params"]["index"]
    return index


def kept_runs(out: Path, samples: Path, r: int) -> tuple[Path, Path]:
    """Where round *r* on *samples* keeps ENAMEL's result file and effbench's run directory (also the keys of their
    wall times in walls.json): one home for the names, which the measuring loop writes and ``--report`` reads."""
    return out / f"enamel-{samples.stem}-r{r}.json", out / f"effbench-{samples.stem}-r{r}"


def read_effbench(out: Path, tasks: Path) -> dict:
    """{problem: (passed, eff)} from an effbench run directory; a task it could not score is absent."""
    index = _problem_index(tasks)
    per: dict[int, list] = {}
    for line in (out / "results.jsonl").read_text().splitlines():
        row = json.loads(line)
        per.setdefault(index[row["task_id"]], []).append((row["status"] == "passed", row["efficiency"]))
    return {i: (all(p for p, _ in rows), statistics.fmean(e for _, e in rows)) for i, rows in per.items()}


def report_kept(out: Path, samples: list[Path]) -> None:
    """``--report``: the table again from the runs a measuring call kept in *out* (``--out``), complete rounds only
    (a round both harnesses finished on a samples file), so an interrupted measurement still gives its figures."""
    walls = json.loads((out / "walls.json").read_text()) if (out / "walls.json").is_file() else {}
    results: dict = {}
    kept_walls: dict = {}
    for s in samples:
        results[s.name] = {"enamel": [], "effbench": []}
        kept_walls[s.name] = {"enamel": [], "effbench": []}
        r = 0
        while (runs := kept_runs(out, s, r))[0].is_file() and (runs[1] / "results.jsonl").is_file():
            results[s.name]["enamel"].append(read_enamel(runs[0]))
            results[s.name]["effbench"].append(read_effbench(runs[1], out / "tasks"))
            for h, path in zip(("enamel", "effbench"), runs):
                kept_walls[s.name][h].append(walls.get(path.name, float("nan")))
            r += 1
    subset = sorted(set().union(*(rnd.keys() for by in results.values() for rnd in by["enamel"])))
    rounds = min(len(by["enamel"]) for by in results.values())
    if not subset or rounds == 0:
        raise SystemExit(f"{out}: no round that both harnesses finished")
    report(subset, results, kept_walls, rounds, {s.name: harness_shares(out, s, rounds) for s in samples})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subset", help="problem indices, comma-separated")
    ap.add_argument("--first", type=int, default=12, help="the first N problems of ENAMEL's benchmark (default 12)")
    ap.add_argument("--all", action="store_true", help="all 142 problems of ENAMEL's benchmark")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--samples", nargs="*", type=Path, default=[DATA / name for name in SHIPPED])
    ap.add_argument("--rules", default="enamel")
    ap.add_argument("--out", type=Path, default=None, help="keep the runs here (default: a temporary folder)")
    ap.add_argument("--report", type=Path, default=None, metavar="OUT",
                    help="measure nothing: print the table from the runs kept in OUT by an earlier --out")
    args = ap.parse_args()
    if args.report:
        report_kept(args.report, args.samples)
        return
    from effbench.importers.enamel import PROBLEMSET, import_enamel
    subset = ([int(x) for x in args.subset.split(",")] if args.subset else
              list(PROBLEMSET) if args.all else list(PROBLEMSET[:args.first]))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        tasks = out / "tasks"
        import_enamel(DATA / "enamel.csv", tasks, subset=subset, enamel_draws=True)
        # results[file][harness] = list over rounds of {problem: (passed, eff)}; walls likewise
        results: dict[str, dict[str, list]] = {s.name: {"enamel": [], "effbench": []} for s in args.samples}
        walls: dict[str, dict[str, list]] = {s.name: {"enamel": [], "effbench": []} for s in args.samples}
        for r in range(args.rounds):
            for samples in args.samples:
                enamel_out, effbench_out = kept_runs(out, samples, r)
                got, wall = run_enamel(samples, subset, enamel_out)
                results[samples.name]["enamel"].append(got)
                walls[samples.name]["enamel"].append(wall)
                got, wall = run_effbench(samples, tasks, effbench_out, args.rules)
                results[samples.name]["effbench"].append(got)
                walls[samples.name]["effbench"].append(wall)
                _keep_walls(out, samples, r, walls[samples.name])
                print(f"round {r + 1}/{args.rounds} {samples.name}: ENAMEL {walls[samples.name]['enamel'][-1]:.0f} s, "
                      f"effbench {walls[samples.name]['effbench'][-1]:.0f} s", file=sys.stderr, flush=True)
        report(subset, results, walls, args.rounds, {s.name: harness_shares(out, s, args.rounds) for s in args.samples})


def _keep_walls(out: Path, samples: Path, r: int, walls: dict) -> None:
    """Wall times beside the kept runs, for ``--report``."""
    path = out / "walls.json"
    kept = json.loads(path.read_text()) if path.is_file() else {}
    kept.update({path.name: walls[h][-1] for h, path in zip(("enamel", "effbench"), kept_runs(out, samples, r))})
    path.write_text(json.dumps(kept, indent=1))


def _cell(rounds: list[dict], i: int) -> tuple[str, float, float]:
    passes = {rnd[i][0] for rnd in rounds if i in rnd}
    effs = [rnd[i][1] for rnd in rounds if i in rnd]
    if not effs:
        return "n/a", float("nan"), float("nan")  # unscorable (reported by the harness)
    status = "pass" if passes == {True} else "FAIL" if passes == {False} else "flaky"
    return status, statistics.fmean(effs), max(effs) - min(effs)


def report(subset: list[int], results: dict, walls: dict, rounds: int, shares: dict | None = None) -> None:
    """The table; with *shares* ({file: {problem: (harness share, harness seconds)}}, from :func:`harness_shares`)
    also where the suite's gap between the two harnesses sits."""
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
        if shares and shares.get(name):
            print_gap_split(scored, by, shares[name])


# The groups of the gap's split: where the harness's own cost (the null program's) is under half of the expert's
# measured time, and where it is not, either because the result is long (the harness's cost is mostly encoding it)
# or because the expert runs in microseconds.
SHARE_GROUPS = (("harness under 50 % of the expert's time", lambda share, secs: share < 0.5),
                ("harness 50 % or more, over 300 us (long results)", lambda share, secs: share >= 0.5 and secs > 3e-4),
                ("harness 50 % or more, 300 us or less (microsecond experts)", lambda share, secs: share >= 0.5))


def harness_shares(out: Path, samples: Path, rounds: int) -> dict[int, tuple[float, float]]:
    """{problem: (the null program's share of the expert's time, the null program's seconds)} at each task's top
    level, medians over the first *rounds* effbench runs on *samples* kept in *out*, from their records."""
    index = _problem_index(out / "tasks")
    times: dict[tuple, list] = {}
    for run in (kept_runs(out, samples, r)[1] for r in range(rounds)):
        if not (run / "records.jsonl").is_file():  # kept by an older version of this script: no split
            continue
        for line in (run / "records.jsonl").read_text().splitlines():
            row = json.loads(line)
            if row["phase"] == "level" and row["cpu_time"] is not None and \
                    row["subject"] in ("null:harness", "ref:reference"):
                times.setdefault((row["task"], row["level"], row["subject"]), []).append(row["cpu_time"])
    shares = {}
    for task, problem in index.items():
        levels = [level for (t, level, _) in times if t == task]
        if levels:
            top = max(levels)
            null = statistics.median(times.get((task, top, "null:harness"), [0.0]))
            expert = statistics.median(times.get((task, top, "ref:reference"), [float("inf")]))
            shares[problem] = (null / expert, null)
    return shares


def print_gap_split(scored: list[int], by: dict, shares: dict) -> None:
    """Each group's part of the suite gap (effbench minus ENAMEL, mean over rounds, summed over the group's problems
    and divided by all scored problems, so the parts add up to the gap)."""
    mean = {h: {i: statistics.fmean(rnd[i][1] for rnd in by[h]) for i in scored} for h in by}
    placed: set[int] = set()
    for label, belongs in SHARE_GROUPS:
        group = [i for i in scored if i in shares and i not in placed and belongs(*shares[i])]
        placed.update(group)
        gap = sum(mean["effbench"][i] - mean["enamel"][i] for i in group) / len(scored)
        spread = statistics.fmean(abs(mean["effbench"][i] - mean["enamel"][i]) for i in group) if group else 0.0
        print(f"  {label}: {len(group)} problems, part of the gap {gap:+.4f}, mean |difference| {spread:.3f}")


if __name__ == "__main__":
    main()
