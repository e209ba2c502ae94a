"""What every command module shares: the one-line failure, the task-suite option, comma-separated ids."""
from __future__ import annotations

import sys
from pathlib import Path

import click


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and the exit code: 2 bad input, 3 infrastructure, 1 a check that failed."""
    click.echo(f"effbench: error: {message}", err=True)
    sys.exit(code)


def ids(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


tasks_dir_option = click.option("--tasks-dir", type=click.Path(path_type=Path), default=None,
                                help="Your own task suite folder, used instead of the built-in suite.")
