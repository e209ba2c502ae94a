"""What every command module shares: the one-line failure, the task-suite option, comma-separated ids."""
from __future__ import annotations

import math
import os
import sys
from pathlib import Path

import click

from effbench.errors import EffbenchError
from effbench.tables import LINES, printable


class FiniteFloat(click.FloatRange):
    """click's FloatRange, refusing NaN and infinity as well: NaN passes every range check (each comparison with it
    is false), so `effbench compare --alpha nan` tested nothing and exited 0, a CI gate silently open."""

    def convert(self, value, param, ctx):
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return super().convert(number, param, ctx)


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and the exit code: 2 bad input, 3 infrastructure, 1 a check that failed.  One line
    whatever the message quotes: text that task code raised, a file's bytes or a sample's name may hold a newline
    or a control character, written here as its escape (``\\n``)."""
    click.echo(f"effbench: error: {printable(message)}", err=True)
    sys.exit(code)


def show(message: object = "", err: bool = False) -> None:
    """Print *message* (several lines, perhaps) to stdout, or stderr with *err*: the one way a command prints text
    that holds what a sample or a data file wrote (what it raised, a pool member's reason, a task's statement).  Its
    lines and tabs are kept; any other character that does not show as itself is written as its escape (``\\x1b``,
    ``\\r``, ``\\ud800``), so such text can neither drive the terminal (a cleared screen, a window title, a write
    to the clipboard, a hidden link, a line overwritten) nor end the command (a lone surrogate, which no UTF-8 stdout
    can encode, raised UnicodeEncodeError)."""
    click.echo(printable(message, keep=LINES), err=err)


def check_writable(path: Path, option: str) -> None:
    """An output path that could not be written is refused in one line before anything is done, not by a traceback
    once the results are ready: the path itself if it exists, else the nearest folder above it that does."""
    where = Path(path)
    while not os.path.lexists(where) and where != where.parent:
        where = where.parent
    if where != Path(path) and not os.path.isdir(where):
        raise EffbenchError(f"{option} {path}: {where} is not a directory")
    if not os.access(where, os.W_OK | (os.X_OK if os.path.isdir(where) else 0)):
        raise EffbenchError(f"{option} {path}: {os.path.abspath(where)} is not writable by this user")


def check_suite_writable(paths: list[Path], what: str, tasks_dir: Path | None, doing: str) -> None:
    """:func:`check_writable` of each of *paths* in a suite's folders; the installed built-in suite (no
    ``--tasks-dir``) is read-only for its users, so its refusal says how to do it (*doing*) on a copy."""
    try:
        for path in paths:
            check_writable(path, what)
    except EffbenchError as exc:
        hint = "" if tasks_dir else f" (the built-in suite: {doing} of a copy of it, with --tasks-dir)"
        raise EffbenchError(f"{exc}{hint}") from None


def _option_name(param) -> str:
    return max(param.opts, key=len) if isinstance(param, click.Option) else param.human_readable_name


STDOUT = "-"  # an output file named so is the standard output (click's and most tools' convention)


def writable(ctx, param, value: Path | None) -> Path | None:
    """Click callback of an output file option (see :func:`check_writable`); a folder (an empty path is ``.`` to
    click) is no file to write, and was an IsADirectoryError traceback once the output was ready.  ``-`` is refused:
    these files are kept or read back (a resumed samples file, a run's leaderboard copy), and it wrote a file named
    ``-`` where the user meant the standard output (``./-`` is such a file)."""
    if value is not None and str(value) == STDOUT:
        raise EffbenchError(f"{_option_name(param)} -: this output is a file, not the standard output (give a file "
                            "name; ./- for a file named -)")
    if value is not None:
        if os.path.isdir(value):
            raise EffbenchError(f"{_option_name(param)} {value}: is a directory (give a file name)")
        check_writable(value, _option_name(param))
    return value


def output(ctx, param, value: Path | None) -> Path | None:
    """Click callback of an output option that is printed when not given: ``-`` is the standard output too (None),
    as for any click user's tool, not a file named ``-`` left in the current folder; otherwise :func:`writable`."""
    return None if value is not None and str(value) == STDOUT else writable(ctx, param, value)


def writable_folder(ctx, param, value: Path | None) -> Path | None:
    """Click callback of an output folder option (see :func:`check_writable`)."""
    if value is not None:
        check_writable(value, _option_name(param))
    return value


def write_output(text: str, out: Path | None, what: str = "") -> None:
    """A command's output: to stdout, or to the file *out* (its folder made), said in one line ("wrote [*what*
    to ]FILE"); a write that fails (a full disk) is one line naming the file, not a traceback after the work is
    done."""
    if out is None:
        click.echo(text, nl=False)
        return
    from effbench.measuring.disk_writes import write_file
    write_file(out, text)
    click.echo(f"wrote {what + ' to ' if what else ''}{out}", err=True)


def items(text: str, option: str) -> list[str]:
    """The comma-separated items of *option*, stripped.  An empty one (``1,,2``, ``a,$UNSET``, a trailing comma) is
    bad input, not skipped: skipped, a shell variable that expanded to nothing dropped a value without a word."""
    parts = [part.strip() for part in text.split(",")]
    if any(parts) and not all(parts):
        raise click.BadParameter(f"{text!r}: item {parts.index('') + 1} is empty", param_hint=option)
    return [part for part in parts if part]


def ids(text: str | None, option: str = "--tasks") -> list[str] | None:
    """The comma-separated ids of *option*; None when it is not given.  Given but naming none (``--tasks ""``, an
    unset shell variable) is bad input: taken for absent, it meant every task, an hour of sweeps for complexity."""
    if text is None:
        return None
    wanted = list(dict.fromkeys(items(text, option)))  # each once
    if not wanted:
        raise EffbenchError(f"{option} {text!r}: names no task id")
    return wanted


def numbers(text: str, option: str) -> list[int]:
    """The comma-separated whole numbers of *option*, in ASCII digits (Python's int() also reads '１' and '1_0',
    which no user types on purpose); anything else is bad input naming the item."""
    found = items(text, option)
    for item in found:
        if not (item.isascii() and item.isdigit()):
            raise click.BadParameter(f"{text!r}: {item!r} is not a whole number", param_hint=option)
    return [int(item) for item in found]


tasks_dir_option = click.option("--tasks-dir", type=click.Path(path_type=Path), default=None,
                                help="Your own task suite folder, used instead of the built-in suite.")


def parse_ks(text: str) -> list[int]:
    """`--k 1,10` -> [1, 10] (`effbench run`, and `compare --check` of the run to come)."""
    ks = sorted(set(numbers(text, "--k")))
    if not ks or ks[0] < 1:
        raise click.BadParameter(f"{text!r}: k values are positive whole numbers", param_hint="--k")
    return ks


def ks_value(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | None:
    """`--k`'s callback: parsed by the option itself, a bad value is the usage error of the command that has the
    option (read by `check-run` through the run's parser, it pointed at check-run's help, which has no --k)."""
    return None if value is None else parse_ks(value)
