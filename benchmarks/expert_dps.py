"""The expert as a sample, and the reference tiers as pseudo-models, against the suite's eligible DPE tier files
(issue 14's closing figures).

    python3 benchmarks/expert_dps.py --measure instructions                 # deterministic: one run is enough
    flock /tmp/effbench-heavy.lock python3 benchmarks/expert_dps.py --measure cpu --runs 3
    python3 benchmarks/expert_dps.py --tasks kth-smallest,lru-cache-simulation --out /tmp/x

Why: the expert is the fastest solution a task knows, so scored as a sample it should earn its own tier, DPS 100,
on every task whose tier file is fit for DPE; a task where it does not shows a tier file built from other inputs or
a matching rule that loses to noise.  The samples are the reference tiers as ``effbench tasks export-samples
--no-adversarial`` writes them (``reference-tier1`` is the fastest reference); the expert is the one of them that
holds its code (``expert_model``), so it is measured once, as a sample like any other.  Each run is an
``effbench.api.evaluate`` run (the command's own path) in ``OUT/<measure>-<i>``, over the tasks whose tiers.json
is eligible, with DPS shown from one correct sample per task (``dpe_min_correct`` 1, as ``run --example``).  A run
directory that already holds the run is resumed, not measured again.

Prints the eligible count, the tiers per task (min / median / max), and per run the expert's suite DPS, the
tasks where it earned its own tier (DPS 100: the top tier scores exactly 100) and those where it did not, and each
reference tier's suite DPS as a pseudo-model.  Timing figures depend on the machine's load: it is printed.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import min_median_max  # noqa: E402
from effbench.api import evaluate  # noqa: E402
from effbench.sandbox import base  # noqa: E402
from effbench.scoring.dpe import match_tier  # noqa: E402
from effbench.tasks.inputs import InputCache  # noqa: E402
from effbench.tasks.dpe_tier_file import DpeTierFile, load_dpe_tier_file  # noqa: E402
from effbench.tasks.examples import example_rows, reference_model  # noqa: E402
from effbench.tasks.task import Task, default_tasks_dir, load_suite  # noqa: E402

TOP = 100.0  # the fastest tier's cumulative score (scoring.dpe.build_tiers makes it exactly 100)


# ---------------------------------------------------------------- pure parts
def expert_model(task: Task) -> str:
    """The pseudo-model that carries the expert's code: its rank among the references, fastest first (as
    ``example_rows`` names them)."""
    fastest_first = list(reversed(task.references))
    return reference_model(fastest_first.index(task.expert) + 1)


def _mean(values: Sequence[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


@dataclass(frozen=True)
class RunSummary:
    """One run's figures: the expert's suite DPS over the tasks DPE scored, the tasks where it earned the top tier,
    the others with their DPS, the tasks DPE did not score (no figure for the expert), and each pseudo-model's
    suite DPS."""

    expert_dps: float | None
    own_tier: int
    scored: int
    missed: dict[str, float]
    unscored: list[str]
    models: dict[str, float | None]


def summarize(dps: Mapping[str, Mapping[str, float | None]], experts: Mapping[str, str],
              tasks: Sequence[str]) -> RunSummary:
    """*dps*: model -> task -> that task's DPS (None or absent: not scored); *experts*: task -> the model carrying the
    expert's code.  A suite DPS is the unweighted mean over the *tasks* the model was scored on, as the
    leaderboard's with ``dpe_min_correct`` 1; the expert's likewise, over its own model's entries per task."""
    expert = {t: dps.get(experts[t], {}).get(t) for t in tasks}
    scored = {t: v for t, v in expert.items() if v is not None}
    missed = {t: v for t, v in sorted(scored.items()) if v < TOP}
    models = {m: _mean([v for t in tasks if (v := per.get(t)) is not None]) for m, per in sorted(dps.items())}
    return RunSummary(_mean(list(scored.values())), len(scored) - len(missed), len(scored), missed,
                      sorted(t for t, v in expert.items() if v is None), models)


def per_task_dps(models: Mapping) -> dict[str, dict[str, float | None]]:
    """model -> task -> DPS from an :class:`effbench.api.Evaluation`'s models."""
    return {m: {t: s.dps for t, s in score.tasks.items()} for m, score in models.items()}


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def report_run(label: str, summary: RunSummary, unscorable: Mapping[str, str]) -> list[str]:
    share = 100 * summary.own_tier / summary.scored if summary.scored else 0.0
    lines = [f"{label}: expert DPS {fmt(summary.expert_dps)}, own tier (DPS 100) on {summary.own_tier} of "
             f"{summary.scored} scored tasks ({share:.1f} %)"]
    lines += [f"    not top: {t} DPS {v:.1f}" for t, v in summary.missed.items()]
    lines += [f"    not scored: {t}: {unscorable.get(t, 'no DPS for the expert')}" for t in summary.unscored]
    lines.append("    pseudo-models: " + ", ".join(f"{m} {fmt(v)}" for m, v in summary.models.items()))
    return lines


def quick_match(expert: float, top: float, tf: DpeTierFile) -> tuple[float, float]:
    """(the expert's DPS, the top representative's drift from its build-time count) when only the expert and the
    fastest tier's representative are counted afresh (*expert*, *top*): the other representatives keep the tier
    file's counts, which in instructions mode a run reproduces (counts are deterministic; *drift* shows it)."""
    reps = [t.cost for t in tf.tiers[:-1]] + [top]
    return match_tier(expert, reps, [t.score for t in tf.tiers], check_order=False).dps, top / tf.tiers[-1].cost - 1


# ---------------------------------------------------------------- measuring
def quick_instructions(chosen: Sequence[tuple[Task, int]]) -> None:
    """``--quick``: in instructions mode only the DPE input decides DPS, so count the expert and the fastest tier's
    representative there (one callgrind run each, as a run's DPE phase does) instead of a whole run's levels (a
    whole run took ~6 minutes a task on this loaded 2-core machine)."""
    from effbench.sandbox import make_sandbox
    from effbench.sandbox.counting import detect_counter
    from effbench.measuring.dpe_tiers import stage_dpe_input

    runner, cache = make_sandbox("process", slot=1, counter=detect_counter()), InputCache()
    missed, drifts, own = {}, [], 0
    try:
        for task, _ in chosen:
            tf = load_dpe_tier_file(task)
            assert tf is not None
            key = stage_dpe_input(runner, task, tf.level, tf.test, cache=cache)
            counts = []
            for code in (task.expert.code, tf.tiers[-1].code):
                ex = runner.execute(code, task.entry_point, [key], base.Limits.for_wall(600.0, task.memory_mb))
                if ex.status != base.OK or ex.instructions is None:
                    sys.exit(f"{task.id}: {ex.status} on the DPE input: {ex.detail[:200]}")
                counts.append(float(ex.instructions))
            dps, drift = quick_match(counts[0], counts[1], tf)
            drifts.append(drift)
            own += dps >= TOP
            if dps < TOP:
                missed[task.id] = dps
            print(f"  {task.id:34} expert {counts[0]:.4g} top rep {counts[1]:.4g} (built {tf.tiers[-1].cost:.4g}, "
                  f"{tf.tiers[-1].name}) DPS {dps:.1f}", flush=True)
    finally:
        runner.close()
    lo, mid, hi = min_median_max([100 * d for d in drifts])
    print(f"instructions (quick): expert own tier (DPS 100) on {own} of {len(chosen)}; "
          f"mean DPS {math.fsum([100.0] * own + list(missed.values())) / len(chosen):.1f}; "
          f"top representative's count against its tier file's, % min / median / max: {lo:+.3f} / {mid:+.3f} / "
          f"{hi:+.3f}")
    for t, v in missed.items():
        print(f"    not top: {t} DPS {v:.1f}")


def eligible_tasks(tasks_dir: Path, ids: Sequence[str] | None) -> list[tuple[Task, int]]:
    """(task, number of tiers) for every task of the suite (or of *ids*) whose tier file is eligible."""
    out = []
    for task in load_suite(tasks_dir, list(ids) if ids else None):
        tf = load_dpe_tier_file(task)
        if tf is not None and tf.eligible:
            out.append((task, len(tf.tiers)))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--measure", choices=("instructions", "cpu"), default="instructions")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--tasks", help="comma-separated task ids (default: every task with an eligible tier file)")
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "expert-dps")
    ap.add_argument("--tasks-dir", type=Path, default=None, help="another suite (default: the built-in one)")
    ap.add_argument("--jobs", type=int, default=None, help="local slots (default: effbench run's)")
    ap.add_argument("--quick", action="store_true", help="instructions mode: count only the expert and the top "
                    "tier's representative on the DPE input (no pseudo-models)")
    ap.add_argument("--progress", action="store_true", help="show the run's progress on stderr")
    args = ap.parse_args(argv)
    tasks_dir = args.tasks_dir or default_tasks_dir()
    chosen = eligible_tasks(tasks_dir, args.tasks.split(",") if args.tasks else None)
    if not chosen:
        sys.exit("no task with an eligible tier file")
    tasks = [t for t, _ in chosen]
    ids = [t.id for t in tasks]
    lo, mid, hi = min_median_max([n for _, n in chosen])
    print(f"eligible tier files: {len(chosen)}; tiers per task min / median / max: {lo} / {mid:g} / {hi}")
    if args.quick:
        quick_instructions(chosen)
        return
    experts = {t.id: expert_model(t) for t in tasks}
    rows = example_rows(tasks, adversarial=False)
    expert_runs: list[float | None] = []
    for i in range(1, args.runs + 1):
        load = os.getloadavg()
        result = evaluate(rows, tasks=ids, tasks_dir=tasks_dir, out=args.out / f"{args.measure}-{i}",
                          measure=args.measure, dpe_min_correct=1, jobs=args.jobs, progress=args.progress)
        summary = summarize(per_task_dps(result.models), experts, ids)
        expert_runs.append(summary.expert_dps)
        label = f"{args.measure} run {i} (load at start {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f})"
        unscorable = {**result.leaderboard.get("dpe_unscorable_tasks", {}), **result.unscorable}
        print("\n".join(report_run(label, summary, unscorable)), flush=True)
        if not result.complete:
            print(f"    run not complete: {len(result.unscorable)} unscorable, {result.infra} infra, "
                  f"{result.incomplete} incomplete ({result.run_dir})")
    known = [v for v in expert_runs if v is not None]
    if len(known) > 1:
        lo, mid, hi = min_median_max(known)
        print(f"expert suite DPS over {len(known)} {args.measure} runs min / median / max: "
              f"{lo:.1f} / {mid:.1f} / {hi:.1f}")


if __name__ == "__main__":
    main()
