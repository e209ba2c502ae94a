"""``effbench complexity``: the complexity class of references and samples from size sweeps (complexity_run)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, ids, show, tasks_dir_option, writable, writable_folder
from effbench.errors import EffbenchError
from effbench.sandbox.counting import COUNTERS
from effbench.tasks.task import default_tasks_dir, load_suite, unknown_ids


@click.command("complexity")
@click.argument("samples", type=click.Path(path_type=Path), required=False)
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: every task the samples name, or all "
                                          "native tasks without SAMPLES).")
@tasks_dir_option
@click.option("--out", type=click.Path(path_type=Path), default=Path("runs/complexity.json"), show_default=True,
              callback=writable,
              help="Where the complexity document (sweeps, classes, accuracy) is written.")
@click.option("--measure", type=click.Choice(["instructions", "cpu"]), default="instructions", show_default=True,
              help="Instruction counts (deterministic) or CPU time (minimum of --repeats; labelled as such).")
@click.option("--counter", type=click.Choice(COUNTERS), default="auto", show_default=True,
              help="Instructions mode: what counts them (auto: perf where the machine lets it, else callgrind; "
                   "only callgrind in the process runner splits the count by function).")
@click.option("--runner", type=click.Choice(["process", "docker"]), default="process", show_default=True,
              help="The sandbox each run goes in: bubblewrap on this machine, or a container of the runner image.")
@click.option("--references/--no-references", default=True, show_default=True,
              help="Also sweep the non-expert references (the expert is always swept: samples are judged by it).")
@click.option("--budget", type=FiniteFloat(0.1, 600), default=2.0, show_default=True,
              help="CPU mode: stop growing a subject's sizes once one run takes this many seconds of wall time.")
@click.option("--count-budget", type=FiniteFloat(1e5, 1e12), default=1.5e8, show_default=True,
              help="Instructions mode: the same in instructions (a count, so two sweeps stop at the same size).")
@click.option("--run-timeout", type=FiniteFloat(1, 3600), default=10.0, show_default=True,
              help="Kill one run after this many seconds (its size is dropped).")
@click.option("--min-points", type=click.IntRange(5, 100), default=8, show_default=True,
              help="Sizes each sweep gets at least (midpoints are added when the ladder stops early).")
@click.option("--repeats", type=click.IntRange(1, 100), default=3, show_default=True, help="CPU mode only.")
@click.option("--seed", type=int, default=998244353, show_default=True,
              help="Seed of the generator's inputs (one series for every size); part of the sweep's plan.")
@click.option("--model", "model_name", default=None, help="Model name for samples that name none.")
@click.option("--extend", "extend_from", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="Continue the sweeps of this earlier complexity document (same plan, a larger --count-budget) "
                   "from their largest size, after measuring that size again to check it; instructions mode.")
@click.option("--plots", type=click.Path(path_type=Path, file_okay=False), default=None, callback=writable_folder,
              help="Write a size-versus-cost plot per task, with the fitted curves, into this folder (PNG).")
def complexity(samples, task_ids, tasks_dir, out, measure, counter, runner, references, budget, count_budget,
               run_timeout, min_points, repeats, seed, model_name, extend_from, plots):
    """Infer the complexity class (1, log n, n, n log n, n^2, n^3, 2^n) of the references and of SAMPLES from size
    sweeps of the task's generator; say which samples are worse than the expert and how often the references'
    inferred classes equal their declared ones."""
    from effbench.measuring.complexity_run import format_summary, run_sweeps
    from effbench.measuring.complexity_sweep import SweepPlan
    from effbench.measuring.disk_writes import write_text_atomic

    suite = {t.id: t for t in load_suite(tasks_dir or default_tasks_dir())}
    wanted = ids(task_ids) or []
    if unknown := unknown_ids(wanted, suite):
        raise EffbenchError(f"--tasks: unknown task id(s): {unknown}")
    loaded = []
    if samples is not None:
        from effbench.tasks.samples import load_samples
        loaded = load_samples(samples, suite, model=model_name,
                              warn=lambda message: show(f"effbench: warning: {message}", err=True))
        if wanted:
            loaded = [s for s in loaded if s.task_id in wanted]
        chosen = wanted or sorted({s.task_id for s in loaded})
    else:
        chosen = wanted or sorted(t for t, task in suite.items() if not task.origin)
    sweepable([suite[t] for t in chosen])
    if not chosen:
        raise EffbenchError(f"{samples}: no samples for the tasks asked for")
    plan = SweepPlan(measure=measure, min_points=min_points, budget=budget, count_budget=count_budget,
                     run_timeout=run_timeout, repeats=repeats, seed=seed)
    prior = None
    if extend_from is not None:
        from effbench.measuring.complexity_run import prior_sweeps
        from effbench import jsonfile
        try:
            prior = jsonfile.read(extend_from, EffbenchError)
        except EffbenchError as exc:
            raise EffbenchError(f"--extend {exc}") from None
        prior_sweeps(prior, plan)  # checked here, before anything is measured
    from effbench.sandbox import preflight
    preflight.check(runner, measure, counter)
    out.parent.mkdir(parents=True, exist_ok=True)

    def write(document: dict) -> None:  # whole or not at all: a kill between tasks leaves the last task's document
        write_text_atomic(out, json.dumps(document, indent=1) + "\n")

    doc = run_sweeps([suite[t] for t in chosen], loaded, plan, runner, counter, references, echo=show,
                     prior=prior, checkpoint=write, prior_from=extend_from)
    write(doc)
    show(format_summary(doc))
    click.echo(f"complexity document: {out}")
    if plots is not None:
        from effbench.reports.complexity_plot import plot_all
        click.echo(f"plots: {len(plot_all(doc, plots))} in {plots}")


def sweepable(tasks: list) -> None:
    """Imported tasks cannot be swept: one line naming them, before anything is measured."""
    imported = [t.id for t in tasks if t.origin]
    if imported:
        raise EffbenchError(f"--tasks: {', '.join(imported)} imported (their generators take the origin's level "
                            "numbers, not sizes): cannot be swept")


def sweep_into_run(tasks: list, samples: list, out: Path, runner: str, counter: str, seed: int, quiet: bool):
    """``effbench run --complexity``: sweep the run's samples (and experts) into OUT/complexity.json, then rescore
    the run so the leaderboard carries each model's share at the expert's class or better."""
    from effbench.measuring.complexity_run import DOCUMENT, prior_sweeps, run_sweeps
    from effbench.measuring.complexity_sweep import SweepPlan
    from effbench.measuring.run import score_run
    from effbench.measuring.store import RunStore

    plan = SweepPlan(seed=seed)
    # the run directory is written only through its store, and by this command alone while it sweeps
    with RunStore(out).locked() as store:
        prior = None
        # a resumed run: its sweeps so far are continued (each checked, and its worker against theirs), as the
        # run's records are
        if store.has(DOCUMENT):
            try:
                earlier = store.read_json(DOCUMENT)
                prior_sweeps(earlier, plan)
                prior = earlier
            except EffbenchError:  # unreadable, another plan (another --seed), or no worker recorded: swept afresh
                prior = None
        doc = run_sweeps(tasks, samples, plan, runner, counter, references=False,
                         echo=(lambda line: None) if quiet else (lambda line: show(line, err=True)), prior=prior,
                         checkpoint=lambda partial: store.write_json(DOCUMENT, partial), prior_from=out / DOCUMENT)
        store.write_json(DOCUMENT, doc)
        return score_run(out)


COMMANDS = [complexity]
