"""``effbench profile RUN_DIR``: function-level profiles of chosen samples of a finished run, and of the expert on
the same tests, each in a sandboxed run of its own (effbench.profiling).  Also what ``effbench run --profile`` calls
once the run is scored."""
from __future__ import annotations

from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, check_writable

PROFILERS = ("auto", "callgrind", "cprofile")


def selection_options(fn):
    for option in reversed([
        click.option("--slowest", type=click.IntRange(0), default=None,
                     help="Per task, the N passed samples with the lowest efficiency (default 3 when nothing else "
                          "is chosen)."),
        click.option("--over-limit", is_flag=True, help="Every passed sample that a level's limit T stopped."),
        click.option("--worst", multiple=True, metavar="MODEL:K", help="Per task, MODEL's K least efficient samples."),
        click.option("--sample", "sample_ids", multiple=True, metavar="KEY",
                     help="A sample by key or sample id (repeatable), whatever its status."),
        click.option("--profiler", type=click.Choice(PROFILERS), default="auto", show_default=True,
                     help="auto: callgrind for an instructions run, cProfile for a timing run."),
        click.option("--profile-timeout", type=FiniteFloat(1, 86400), default=600, show_default=True,
                     help="Wall seconds a profiling run may take (under callgrind 20-90x slower than native)."),
    ]):
        fn = option(fn)
    return fn


def make_selection(slowest, over_limit, worst, sample_ids):
    from effbench.profiling.select import Selection, parse_worst
    sel = Selection(slowest or 0, over_limit, tuple(parse_worst(w) for w in worst), tuple(sample_ids))
    return Selection(slowest=3) if sel.empty and slowest is None else sel


def run_profiles(run_dir: Path, tasks_dir: Path | None, selection, profiler: str, timeout: float) -> None:
    """Profile, print one line per profile and where they went.  Raises EffbenchError on bad input, a RUN_DIR this
    user cannot write included: the profiles are stored in it, and one made by another user was found so only after
    every profile had been taken (minutes under callgrind), in a line saying they were kept."""
    check_writable(run_dir, "RUN_DIR")
    from effbench.profiling.collect import profile_run
    from effbench.profiling.diff import top_self
    from effbench.tables import printable
    from effbench.tasks.task import default_tasks_dir, load_suite

    tasks = {t.id: t for t in load_suite(tasks_dir or default_tasks_dir())}

    def show(p) -> None:  # (names and reasons are the sample's text: shown as they can be, see tables.printable)
        where = f"{p.task} {p.subject} {p.key} level {p.level} test {p.test}"
        if p.status != "ok":
            click.echo(printable(f"{where}: profile failed: {p.reason}"))
            return
        click.echo(printable(f"{where}: {p.profiler}, total {p.total:.6g} {p.unit}, most self cost in "
                             f"{', '.join(top_self(p, 3))}"))

    outcome = profile_run(run_dir, tasks, selection, None if profiler == "auto" else profiler, timeout, show)
    for line in outcome.skipped:
        click.echo(printable(f"skipped {line}"))  # a key of results.jsonl, which an older effbench wrote
    if outcome.timings:
        each = sorted(t.seconds for t in outcome.timings)
        click.echo(f"{len(each)} profile(s) in {run_dir / 'profiles'} (index.json; <id>.speedscope.json for "
                   f"speedscope, callgrind.out.<id> for KCachegrind); {each[0]:.2f}-{each[-1]:.2f} s of wall time per "
                   "profile, besides the worker's start-up")
    else:
        click.echo("nothing to profile (no sample matches the selection)")


@click.command("profile")
@click.argument("run_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@selection_options
@click.option("--tasks-dir", type=click.Path(path_type=Path), default=None,
              help="The task suite the run used (default: the installed suite).")
def profile_cmd(run_dir, slowest, over_limit, worst, sample_ids, profiler, profile_timeout, tasks_dir):
    """Function-level profiles of a finished run's samples beside the expert's (stored in RUN_DIR/profiles)."""
    run_profiles(run_dir, tasks_dir, make_selection(slowest, over_limit, worst, sample_ids), profiler,
                 profile_timeout)


COMMANDS = [profile_cmd]
