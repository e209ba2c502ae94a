"""``effbench history SOURCES...``: a model's scores over a series of runs (Markdown or one HTML page)."""
from __future__ import annotations

from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, output, write_output


@click.command("history")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt_name", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="md: tables per model (a job summary); html: one self-contained page with a line plot per "
                   "figure, each point's commit, date and value on hover.")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None, callback=output,
              help="Output file (default, or -: stdout).")
@click.option("--mixed-tasks", is_flag=True,
              help="Chart runs over different task sets too (each task set on lines of its own); refused otherwise.")
@click.option("--threshold", default="5%", show_default=True,
              help="Smallest eff@k change between consecutive runs that is flagged (as effbench compare); k is the "
                   "one the runs show: 1 unless they were made with other --k.")
@click.option("--alpha", type=FiniteFloat(0, 1, min_open=True, max_open=True), default=0.05,
              show_default=True, help="Significance level of the bootstrap over tasks.")
def history_cmd(sources, fmt_name, out, mixed_tasks, threshold, alpha):
    """Suite pass@k, eff@k (k = 1 unless the runs were made with other --k) and DPS per model over runs (run
    directories or leaderboard files, in any order: they are ordered by the commit each run recorded, else by when
    it started).

    Runs measured differently (mode, rules, alpha, estimator, interpreter, counter) are not joined into one line; a
    change of eff@k that `effbench compare` calls a regression or an improvement is flagged.
    """
    from effbench.reports.compare import parse_threshold
    from effbench.reports.history import build
    from effbench.reports.history_html import html, markdown
    limit = parse_threshold(threshold)
    history = build(list(sources), mixed_tasks, limit, alpha)
    write_output((html if fmt_name == "html" else markdown)(history), out)


COMMANDS = [history_cmd]
