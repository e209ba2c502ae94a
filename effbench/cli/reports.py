"""``effbench leaderboard``, ``effbench report`` and ``effbench compare``: the commands that turn run directories
into what people and CI consume.  Registered on the main group through :data:`COMMANDS`
(effbench.cli.main), so this file can grow without touching the measuring commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, output, write_output
from effbench.measuring.records import MEASURES
from effbench.measuring.rules import NAMES as RULES
from effbench.reports.render import FORMATS, render


@click.command("leaderboard")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None, callback=output,
              help="Write the merged leaderboard JSON to this file and print its tables (default, or -: print the "
                   "JSON).")
@click.option("--separate", is_flag=True,
              help="Keep runs that cannot merge (another measurement mode, rules or scale, or a task with other "
                   "content) in separate sections instead of stopping.")
def leaderboard_cmd(sources, out, separate):
    """Merge run directories (or leaderboard files) into one leaderboard.

    Runs merge when they share the measurement mode, the rules and the scores' scale (alpha, estimator, DPE
    settings), and every task two of them hold has the same content: runs of one suite split by task (--tasks)
    combine, a model's tasks joined across them.
    """
    from effbench.reports.board import boards_of, merge
    from effbench.reports.source import section_title
    from effbench.reports.text import format_board
    board = merge(list(sources), separate)
    write_output(json.dumps(board, indent=2) + "\n", out)
    if out is not None:
        sections = boards_of(board)
        for i, section in enumerate(sections, 1):
            if len(sections) > 1:  # tables one after another need a line saying what sets each apart
                click.echo(f"section {i}: {section_title(section).replace('`', '')}")
            click.echo(format_board(section))


@click.command("report")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--format", "fmt_name", type=click.Choice(FORMATS), default="md", show_default=True,
              help="md: GitHub job summary; html: one self-contained page with plots; benchmark-json: "
                   "github-action-benchmark's customSmallerIsBetter list; pytest-benchmark: pytest-benchmark's "
                   "JSON, one benchmark per model and task (both need a run directory).")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None, callback=output,
              help="Output file (default, or -: stdout).")
def report_cmd(source, fmt_name, out):
    """Report on a run directory or a leaderboard file."""
    write_output(render(source, fmt_name), out)


@click.command("compare")
@click.argument("base", type=click.Path(path_type=Path))
@click.argument("new", type=click.UNPROCESSED, required=False)
@click.argument("run_options", nargs=-1, type=click.UNPROCESSED, metavar="[-- RUN_OPTIONS...]")
@click.option("--threshold", default="5%", show_default=True,
              help="Smallest relative change that counts (e.g. 5% or 0.05).")
@click.option("--alpha", type=FiniteFloat(0, 1, min_open=True, max_open=True), default=0.05,
              show_default=True, help="Significance level of the tests.")
@click.option("--raw", is_flag=True,
              help="Compare plain times, not times relative to the expert re-measured in each run.")
@click.option("--format", "fmt_name", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None, callback=output,
              help="Also write the table (in --format) to this file (-: stdout, where it is printed anyway).")
@click.option("--check", is_flag=True,
              help="Without NEW: only check, before a run, that BASE can be its baseline and that --threshold is "
                   "one; the run's options (`effbench run`'s, its defaults for those left out) follow `--`: "
                   "`compare BASE --check -- --measure instructions --alpha 3`.  What the GitHub Action does "
                   "before it measures.")
@click.option("--measure", type=click.Choice(MEASURES), default=None,
              help="With --check: short for `-- --measure MODE`.")
@click.option("--rules", type=click.Choice(RULES), default=None, help="With --check: short for `-- --rules PROFILE`.")
@click.option("--k", "ks", default=None, help="With --check: short for `-- --k KS`.")
def compare_cmd(base, new, run_options, threshold, alpha, raw, fmt_name, out, check, measure, rules, ks):
    """Compare NEW against BASE (run directories or leaderboards); exit 1 on a regression.

    A change is flagged when it is larger than the threshold and significant: Mann-Whitney U on the per-run times
    (relative to the expert re-measured in the same run) per model and task when both are run directories, a
    bootstrap over tasks of eff@k (k = 1 unless the runs were made with other --k) per model; in instructions mode
    counts are deterministic and need no test.  A model or task of BASE that NEW lacks is named (verdict missing)
    and does not change the exit status.
    """
    from effbench.cli.run import planned_run
    from effbench.reports.compare import (check_baseline, compare, format_json, format_text,  # scipy
                                          missing_line, parse_threshold)
    from effbench.reports.compare_md import format_markdown
    usage = ("give NEW, or --check [--measure MODE] [--rules PROFILE] [--k KS] without NEW (the run's other "
             "options after --)")
    if not check and (new is None or run_options or (measure, rules, ks) != (None, None, None)):
        raise click.UsageError(usage)
    limit = parse_threshold(threshold)
    if check:
        # the shorthands first: the run's own options after `--` override them, as a repeated option does in a run
        shorthands = [part for name, value in (("--measure", measure), ("--rules", rules), ("--k", ks))
                      if value is not None for part in (name, value)]
        given = [] if new is None else [new]
        if given and not new.startswith("-"):
            raise click.UsageError(usage)  # NEW with --check (the run's options begin with one)
        run = planned_run([*shorthands, *given, *run_options], click.get_current_context().find_root())
        mode, profile = check_baseline(base, run.settings, run.ks)
        click.echo(f"effbench: {base}: a baseline measured {mode} under {profile} rules")
        return
    rows = compare(base, Path(new), limit, alpha, raw)
    text = {"text": format_text, "md": format_markdown, "json": format_json}[fmt_name](rows, limit, alpha)
    click.echo(text, nl=False)
    if out is not None:
        write_output(text, out)
    if gone := missing_line(rows):  # said where a CI log shows it, whatever the format or file the output went to
        click.echo(f"effbench: warning: {gone}", err=True)
    if any(r.verdict == "regression" for r in rows):
        click.echo("effbench: regression: NEW is worse than BASE beyond the threshold", err=True)
        sys.exit(1)


COMMANDS = [leaderboard_cmd, report_cmd, compare_cmd]
