"""``effbench import``: turn ENAMEL's and EvalPerf's data sets into effbench task folders."""
from __future__ import annotations

from pathlib import Path

import click


def _run(importer, path: Path, out: Path, skip_bad: bool) -> None:
    report = importer(path, out, skip_bad, warn=lambda message: click.echo(f"effbench: {message}", err=True))
    skipped = f", {len(report.skipped)} bad row(s) skipped" if report.skipped else ""
    click.echo(f"{len(report.written)} task(s) imported into {out}{skipped}")
    click.echo(f"run them with: effbench run SAMPLES --tasks-dir {out}")


@click.group("import")
def group() -> None:
    """Import other benchmarks' data sets as effbench task folders."""


out_option = click.option("--out", type=click.Path(path_type=Path), required=True,
                          help="Folder to write the task folders into (used as --tasks-dir afterwards).")
skip_option = click.option("--skip-bad", is_flag=True,
                           help="Report malformed rows and import the rest (default: import nothing).")


@group.command("enamel")
@click.argument("path", type=click.Path(path_type=Path))
@out_option
@skip_option
def import_enamel_command(path, out, skip_bad):
    """Import ENAMEL's problems CSV (enamel.csv)."""
    from .importers import import_enamel
    _run(import_enamel, path, out, skip_bad)


@group.command("evalperf")
@click.argument("path", type=click.Path(path_type=Path))
@out_option
@skip_option
def import_evalperf_command(path, out, skip_bad):
    """Import EvalPerf's tasks JSONL (optionally gzipped)."""
    from .importers import import_evalperf
    _run(import_evalperf, path, out, skip_bad)
