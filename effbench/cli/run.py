"""``effbench run`` (measure samples) and ``effbench score`` (rescore a run from its records)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click
from click.core import ParameterSource

from effbench.cli.options import check_writable, fail, ids, ks_value, show, tasks_dir_option, writable
from effbench.errors import EffbenchError
from effbench.measuring.disk_writes import write_file
from effbench.measuring.records import MEASURES, Settings, check_alpha
from effbench.measuring.run_dir import check_out
from effbench.tasks.inputs import SEED
from effbench.tasks.samples import FORMATS as SAMPLE_FORMATS
from effbench.measuring.rules import DEFAULT as DEFAULT_RULES, NAMES as RULES
from effbench.measuring.executors import CLI_NAMES, EXECUTORS
from effbench.scoring.dpe import DPE_DEFAULTS
from effbench.sandbox import SANDBOXES
from effbench.sandbox.counting import COUNTERS
from effbench.tasks.task import default_tasks_dir, load_suite


def _alpha(ctx, param, value: float) -> float:
    """ENAMEL's alpha: T = alpha * the expert's time.  NaN and infinity pass a click range, so they are refused
    here, while the options are read: before anything is measured or a run directory is made."""
    return check_alpha(value)



@click.command()
@click.argument("samples", type=click.Path(path_type=Path), required=False)
@click.option("--example", is_flag=True,
              help="Measure the built-in example instead of SAMPLES: the reference tiers, a buggy and a timer-cheating "
                   "pseudo-model on a handful of tasks (a few minutes; writes runs/example).")
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: every task the samples name).")
@tasks_dir_option
@click.option("--k", "ks", default="1,10", show_default=True, callback=ks_value,
              help="k values for pass@k and eff@k.")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Run directory (default runs/<samples>).")
@click.option("--measure", type=click.Choice(MEASURES), default="cpu", show_default=True)
@click.option("--counter", type=click.Choice(COUNTERS), default="auto", show_default=True,
              help="Instructions mode: hardware counters (perf) where present, else callgrind.")
@click.option("--repeats", type=click.IntRange(1, 100), default=6, show_default=True)
@click.option("--alpha", type=float, default=2.0, show_default=True, callback=_alpha,
              help="The limit T is alpha times the expert's time (finite, above 1).")
@click.option("--seed", type=int, default=SEED, show_default=True)
@click.option("--runner", type=click.Choice(SANDBOXES), default="process", show_default=True)
@click.option("--leaderboard", "leaderboard_path", type=click.Path(path_type=Path), default=None, callback=writable,
              help="Also write the leaderboard JSON here.")
@click.option("--dpe-min-correct", type=click.IntRange(0), default=DPE_DEFAULTS["dpe_min_correct"], show_default=True,
              help="Tasks need this many correct samples to count in a model's suite DPS (EvalPerf).")
@click.option("--dpe-max-profile", type=click.IntRange(1), default=DPE_DEFAULTS["dpe_max_profile"], show_default=True,
              help="At most this many correct samples per model and task are scored by DPE (EvalPerf).")
@click.option("--dpe-strict-order", is_flag=True,
              help="A task whose tier representatives come out of order is not scored by DPE (EvalPerf's default, "
                   "lazy, warns and keeps matching).")
@click.option("--dpe-include-ineligible", is_flag=True,
              help="Score DPE on tasks EvalPerf's curation drops too (their tier file says not eligible).")
@click.option("--quiet", is_flag=True, help="No progress (bar on a terminal, else a line every 30 s).")
@click.option("--samples-format", type=click.Choice(SAMPLE_FORMATS), default="auto",
              show_default=True, help="effbench/EvalPlus JSONL or ENAMEL's JSON (auto tells them apart).")
@click.option("--model", "model_name", default=None,
              help="Model name for samples that name none (EvalPlus, ENAMEL); overrides others, with a warning.")
@click.option("--profile", "profile_after", is_flag=True,
              help="Once scored, profile each task's 3 least efficient passed samples and the expert, in runs of "
                   "their own (as `effbench profile OUT`).")
@click.option("--rules", type=click.Choice(RULES), default=DEFAULT_RULES, show_default=True,
              help="Rule profile: effbench's own, or ENAMEL's harness's (README, ENAMEL section).")
@click.option("--jobs", type=int, default=None,
              help="Sandbox slots measuring at once, each on its own core: a task per slot, and counting "
                   "instructions the last tasks' samples spread over every slot (default: every core counting "
                   "instructions, 1 timing; README, Throughput).")
@click.option("--executor", type=click.Choice(EXECUTORS), default=None,
              help="local slots (default), or a Ray cluster (pip install 'effbench[ray]').")
@click.option("--ray-address", default=None, help="The Ray cluster to use (implies --executor ray; default: a "
                                                  "cluster of this machine, started for the run).")
@click.option("--complexity", "complexity_sweep", is_flag=True,
              help="Also infer each sample's complexity class from size sweeps (instructions mode, as `effbench "
                   "complexity`; OUT/complexity.json) and add the share at the expert's class to the leaderboard.")
def run(samples, task_ids, tasks_dir, ks, out, measure, counter, repeats, alpha, seed, runner, leaderboard_path,
        dpe_min_correct, dpe_max_profile, dpe_strict_order, dpe_include_ineligible, quiet, samples_format, model_name,
        example, rules, complexity_sweep, profile_after, jobs, executor, ray_address):
    """Measure SAMPLES (JSONL, .jsonl.gz, ENAMEL JSON or an EvalPlus folder) against the task suite; resumes if OUT
    already holds this run."""
    from effbench.tasks.inputs import InputCache
    from effbench.measuring.progress import make_progress
    from effbench.measuring.run import execute_run
    from effbench.tasks.samples import samples_name
    from effbench.api import plan_run  # the Python API's planning: one path for both

    if example == (samples is not None):
        raise EffbenchError("give a SAMPLES file, or --example for the built-in example (not both)")
    out = out or Path("runs") / ("example" if example else samples_name(samples))
    check_out(out, "--out")
    check_writable(out, "--out")
    suite = {t.id: t for t in load_suite(tasks_dir or default_tasks_dir())}
    if example:
        samples = _example_samples(suite, out)
        if click.get_current_context().get_parameter_source("dpe_min_correct") is ParameterSource.DEFAULT:
            dpe_min_correct = 1  # one sample per model and task: DPS needs no more to be shown
        dpe_include_ineligible = True  # the reference tiers alone make too few tiers for EvalPerf's curation
    scoring = {"dpe_min_correct": dpe_min_correct, "dpe_max_profile": dpe_max_profile,
               "dpe_strict_order": dpe_strict_order, "dpe_include_ineligible": dpe_include_ineligible}

    def say(message: str) -> None:
        show(f"effbench: {message}", err=True)

    plan = plan_run(samples, suite, ids(task_ids), measure=measure, counter=counter, runner=runner, repeats=repeats,
                    alpha=alpha, seed=seed, rules=rules, samples_format=samples_format, model=model_name,
                    scoring=scoring, jobs=jobs, executor=executor, ray_address=ray_address, names=CLI_NAMES,
                    warn=lambda message: say(f"warning: {message}"), note=say)
    if complexity_sweep:
        from effbench.cli.complexity import sweepable
        from effbench.sandbox import preflight
        sweepable(list(plan.tasks))  # an imported task cannot be swept: said before anything is measured
        preflight.check(plan.settings.runner, "instructions", counter)
    cache = InputCache()
    report = execute_run(list(plan.tasks), list(plan.samples), plan.settings, out, ks, cache,
                         progress=make_progress(quiet), on_unscorable=say, scoring=dict(plan.scoring),
                         executor=plan.executor, unnamed=plan.unnamed)
    if cache.problem:
        say(f"warning: {cache.problem}")
    if complexity_sweep:
        from effbench.cli.complexity import sweep_into_run
        report = sweep_into_run(list(plan.tasks), list(plan.samples), out, plan.settings.runner, counter, seed,
                                quiet)
    if profile_after:
        from effbench.cli.profile import make_selection, run_profiles
        run_profiles(out, tasks_dir, make_selection(None, False, (), ()), "auto", 600)
    _finish(report, leaderboard_path)


@click.command()
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option("--leaderboard", "leaderboard_path", type=click.Path(path_type=Path), default=None, callback=writable)
@click.option("--k", "ks", default=None, callback=ks_value, help="k values (default: the run's).")
@click.option("--dpe-min-correct", type=click.IntRange(0), default=None)
@click.option("--dpe-max-profile", type=click.IntRange(1), default=None)
@click.option("--dpe-strict-order/--dpe-lazy-order", default=None, help="Default: the run's.")
@click.option("--dpe-include-ineligible/--dpe-exclude-ineligible", default=None, help="Default: the run's.")
def score(run_dir, leaderboard_path, ks, dpe_min_correct, dpe_max_profile, dpe_strict_order, dpe_include_ineligible):
    """Rescore RUN_DIR from its records (nothing is re-run)."""
    from effbench.measuring.run import score_run
    if run_dir.is_dir():  # the scores are written into it: another user's run read "kept, rerun to resume"
        check_writable(run_dir, "RUN_DIR")
    scoring = {k: v for k, v in (("dpe_min_correct", dpe_min_correct), ("dpe_max_profile", dpe_max_profile),
                                 ("dpe_strict_order", dpe_strict_order),
                                 ("dpe_include_ineligible", dpe_include_ineligible)) if v is not None}
    _finish(score_run(run_dir, ks, scoring), leaderboard_path)


# What would make `effbench run` print something and exit without measuring: click's help option (its exit is 0, so
# a CI job given it in a run's options passed unmeasured) and the program's --version (the root's; a run refuses it).
NOT_A_RUN = ("--help", "--version")


@dataclass(frozen=True)
class PlannedRun:
    """What the scores of ``effbench run`` with some options will mean, read before it runs (``compare --check``,
    the GitHub Action's first step): its settings and the ks it asks for."""

    settings: Settings
    ks: list[int]


def planned_run(args: Sequence[str], parent: click.Context | None = None) -> PlannedRun:
    """*args* (``effbench run``'s options, as the run will be given them) read by ``run``'s own parser: the same
    types, checks and defaults, and the last of a repeated option wins, as in the run.  A bad option is the
    run's usage error, said before anything is measured.  No SAMPLES: the samples may not exist yet (a GitHub
    Action's samples-command runs after the check)."""
    try:
        params = run.make_context("run", list(args), parent=parent, help_option_names=[]).params  # no help: no run
    except click.NoSuchOption as exc:
        if exc.option_name in NOT_A_RUN:
            raise click.UsageError(f"{exc.option_name} is no run option: `effbench run` given it would measure "
                                   "nothing (the run's options only)") from None
        raise
    if params["samples"] is not None or params["example"]:
        raise click.UsageError(f"the run's options only, not its samples ({params['samples'] or '--example'})")
    return PlannedRun(Settings(measure=params["measure"], repeats=params["repeats"], alpha=params["alpha"],
                               seed=params["seed"], runner=params["runner"], counter=params["counter"],
                               rules=params["rules"]), params["ks"])


@click.command("check-run")
@click.argument("run_options", nargs=-1, type=click.UNPROCESSED, metavar="-- RUN_OPTIONS...")
def check_run(run_options):
    """Check `effbench run`'s options (after --) as the run will read them, and measure nothing.

    A bad option is the run's own error, one line and exit 2, said before the samples exist: what the GitHub Action
    runs before its samples-command when it has no baseline (with one, `compare BASE --check -- RUN_OPTIONS` checks
    the same options and the baseline).
    """
    planned = planned_run(run_options, click.get_current_context().find_root())
    click.echo(f"effbench: the run's options: {planned.settings.measure}, {planned.settings.rules} rules, "
               f"k {','.join(map(str, planned.ks))}")


def _example_samples(suite: dict, out: Path) -> Path:
    """The embedded example's samples, written beside the run directory it goes to (a fresh file, never a tracked
    one); the same rows as ``tasks export-samples --tasks <EXAMPLE_TASKS>``."""
    from effbench.tasks.examples import EXAMPLE_TASKS, example_rows
    missing = [t for t in EXAMPLE_TASKS if t not in suite]
    if missing:
        raise EffbenchError(f"--example needs the built-in suite's tasks ({', '.join(missing)} not in this suite)")
    path = out.parent / f"{out.name}.samples.jsonl"
    write_file(path, "".join(json.dumps(r) + "\n" for r in example_rows([suite[t] for t in EXAMPLE_TASKS])))
    return path


def _finish(report, leaderboard_path: Path | None) -> None:
    from effbench.reports.text import format_board
    board = report.leaderboard
    if leaderboard_path:
        write_file(leaderboard_path, json.dumps(board, indent=2) + "\n")
    click.echo(format_board(board))
    click.echo(f"run directory: {report.out}  (leaderboard.json, results.jsonl, tasks.json)")
    if report.unscorable:
        for tid, why in report.unscorable.items():
            show(f"effbench: task {tid} unscorable: {why}", err=True)
    if report.infra or report.unscorable:
        # Only an infrastructure failure may go away on a rerun; an expert reference that fails fails again.
        fail(f"{report.infra} sample(s) hit infrastructure failures{' (rerun to retry)' if report.infra else ''} "
              f"and {len(report.unscorable)} task(s) are unscorable{' (see why above)' if report.unscorable else ''}; "
              "they are excluded from the scores", 3)
    if report.incomplete:
        fail(f"{report.incomplete} sample(s) are not fully measured; rerun the same command to resume", 3)


COMMANDS = [run, score, check_run]
