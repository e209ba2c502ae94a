"""``effbench import``: turn ENAMEL's and EvalPerf's data sets into effbench task folders."""
from __future__ import annotations

from pathlib import Path

import click

from effbench.cli.options import numbers, show, writable_folder


def _run(importer, path: Path, out: Path, skip_bad: bool, **options) -> None:
    report = importer(path, out, skip_bad, warn=lambda message: show(f"effbench: {message}", err=True),
                      **options)
    skipped = f", {len(report.skipped)} bad row(s) skipped" if report.skipped else ""
    click.echo(f"{len(report.written)} task(s) imported into {out}{skipped}")
    click.echo(f"run them with: effbench run SAMPLES --tasks-dir {out}")


@click.group("import")
def group() -> None:
    """Import other benchmarks' data sets as effbench task folders."""


out_option = click.option("--out", type=click.Path(path_type=Path), required=True, callback=writable_folder,
                          help="Folder to write the task folders into (used as --tasks-dir afterwards).")
skip_option = click.option("--skip-bad", is_flag=True,
                           help="Report malformed rows and import the rest (default: import nothing).")


def _indices(value: str | None) -> list[int] | None:
    """ENAMEL's --subset: comma-separated problem indices (bad input is one line, exit 2)."""
    from effbench.importers import DatasetImportError
    if value is None:
        return None
    try:
        indices = numbers(value, "--subset")
    except click.BadParameter:
        indices = []
    if not indices:
        raise DatasetImportError(f"--subset {value!r}: expected comma-separated problem indices (0, 1, ...)")
    return indices


@group.command("enamel")
@click.argument("path", type=click.Path(path_type=Path))
@out_option
@skip_option
@click.option("--subset", metavar="I,J,...",
              help="Problem indices to import, as ENAMEL's --subset (default: ENAMEL's 142-problem benchmark).")
@click.option("--all-problems", is_flag=True, help="Import all problems, also the 22 outside ENAMEL's benchmark.")
@click.option("--enamel-draws", is_flag=True,
              help="Levels 1-3 get ENAMEL's own draws (its seed per test), not draws from effbench's run seed.")
def import_enamel_command(path, out, skip_bad, subset, all_problems, enamel_draws):
    """Import ENAMEL's problems CSV (enamel.csv)."""
    from effbench.importers import import_enamel
    _run(import_enamel, path, out, skip_bad, subset=_indices(subset), all_problems=all_problems,
         enamel_draws=enamel_draws)


@group.command("evalperf")
@click.argument("path", type=click.Path(path_type=Path))
@out_option
@skip_option
def import_evalperf_command(path, out, skip_bad):
    """Import EvalPerf's tasks JSONL (optionally gzipped)."""
    from effbench.importers import import_evalperf
    _run(import_evalperf, path, out, skip_bad)


COMMANDS = [group]
