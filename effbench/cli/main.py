"""The ``effbench`` command line (click).  Every failure ends in one line on stderr and a non-zero exit:
2 for bad input (click's usage errors included), 3 for infrastructure failures (sandbox, expert reference), 130
for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP.

Each command module exposes ``COMMANDS`` (its top-level commands and groups); :data:`MODULES` lists them, the
only place a command is registered."""
from __future__ import annotations

import errno
import os
import signal
import sys
import threading
from typing import NoReturn

import click

from effbench.version import __version__
from effbench.cli import (complexity, generate, history, image, importing, pr_comment, profile, reports, run, tasks,
                          tiers)
from effbench.cli.options import fail
from effbench.errors import EffbenchError, Terminated, stopped_by

# The machine out of what a process is made of: no task's or sample's doing (those run in processes of their own,
# under limits), so infrastructure, wherever effbench first meets it (a pipe, a subprocess, a file it opens).
EXHAUSTED = (errno.EMFILE, errno.ENFILE, errno.ENOMEM)

MODULES = (run, tasks, tiers, importing, reports, history, pr_comment, complexity, profile, image, generate)


# The signals that stop a command as Ctrl-C does (its clean-up run, one line said): SIGTERM and SIGHUP.
STOPS = (signal.SIGTERM, signal.SIGHUP)

# The commands whose finished measurements are on disk as they finish, which a rerun of the command resumes: what a
# stopped one says (told of `score` or `leaderboard`, "kept, rerun to resume" promised what no rerun does).
RESUMED = ("run", "complexity")
KEPT = "; finished measurements are kept (rerun the same command to resume)"


def _terminated(signum, frame) -> None:
    raise Terminated(signum)


def _ignore_stops() -> None:
    """Ctrl-C, SIGTERM and SIGHUP do nothing from here to the process's exit (see :attr:`Main.ends_process`).
    Ignored, not handled: Python puts a handler of its own back to the default as it finalises, where a signal then
    killed the process (exit -2, no word); an ignored one stays ignored."""
    for signum in (signal.SIGINT, *STOPS):
        signal.signal(signum, signal.SIG_IGN)


def _kept(ctx: click.Context | None) -> str:
    """What a stopped or refused command adds about its work: :data:`KEPT` for a command a rerun resumes."""
    return KEPT if ctx is not None and ctx.invoked_subcommand in RESUMED else ""


def _stopped(exc: KeyboardInterrupt, ctx: click.Context | None = None) -> NoReturn:
    """Ctrl-C, SIGTERM or SIGHUP (:class:`Terminated`) before the command finished: one line, 130, 143 or 129."""
    said, code = stopped_by(exc)
    click.echo(f"effbench: {said}{_kept(ctx)}", err=True)
    sys.exit(code)


def exit_after(exc: KeyboardInterrupt) -> NoReturn:
    """The console script's exit when *exc* (Ctrl-C, SIGTERM) escaped click: it landed in click's own exit path
    (``--help``, ``--version``, the exit after a command) or start-up, where no command handles it; escaping, it
    was a traceback and death by SIGINT (exit -2).  The process exits with the code it was exiting with (a
    SystemExit or click's Exit that the signal interrupted), else as a stopped command."""
    _ignore_stops()
    context = exc.__context__
    while context is not None:
        if isinstance(context, (SystemExit, click.exceptions.Exit)):
            sys.exit(context.code if isinstance(context, SystemExit) else context.exit_code)
        context = context.__context__
    _stopped(exc)


class Main(click.Group):
    #: Set by the console script (:func:`effbench.cli.entry`): the process ends with the command.  Once the
    #: command's outcome is decided (it returned, or one of the handlers below chose the exit code), Ctrl-C and
    #: SIGTERM are ignored to the exit: one landing in click's or the interpreter's exit path replaced the finished
    #: command's code by click's "Aborted!" and 1, or by a KeyboardInterrupt traceback and exit -2.  Embedded
    #: (click's CliRunner, a program of one's own), the caller's handlers are put back instead.
    ends_process = False

    def invoke(self, ctx):
        # Only the main thread may set a handler, and one already set (by a program embedding effbench) is kept, as
        # is an ignored SIGHUP (nohup: the command is to outlive its terminal).
        main_thread = threading.current_thread() is threading.main_thread()
        before = {signum: signal.signal(signum, _terminated) for signum in STOPS
                  if main_thread and signal.getsignal(signum) == signal.SIG_DFL}
        try:
            return self._invoke(ctx)
        finally:
            if not self.ends_process:
                for signum, handler in before.items():
                    signal.signal(signum, handler)

    def _settle(self) -> None:
        if self.ends_process:
            _ignore_stops()

    def _invoke(self, ctx):
        try:
            try:
                return super().invoke(ctx)
            finally:
                self._settle()
        except EffbenchError as exc:
            fail(str(exc), exc.exit_code)
        except click.UsageError as exc:  # click's own: an option's value or name; one line too, not its usage block
            where = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
            fail(exc.format_message() + where, exc.exit_code)
        except PermissionError as exc:
            # a path in a folder this user may not enter: pathlib's is_dir() and exists() raise it (Python 3.11),
            # wherever a command first looks at a path it was given.  One without a path (a signal, a socket, a
            # file descriptor) names nothing the user can fix, and is not said to be theirs.
            if not isinstance(exc.filename, (str, bytes, os.PathLike)):
                raise
            fail(f"{os.fsdecode(exc.filename)}: not accessible to this user (permission denied)", 2)
        except OSError as exc:
            if exc.errno not in EXHAUSTED:
                raise
            fail(f"this machine refused effbench a resource ({exc.strerror}){_kept(ctx)}", 3)
        except KeyboardInterrupt as exc:
            self._settle()  # it landed before the settling above took effect
            _stopped(exc, ctx)


@click.group(cls=Main)
@click.version_option(__version__, prog_name="effbench")
def main() -> None:
    """effbench: sandboxed, timed, profiled evaluation of code efficiency (eff@k, pass@k)."""


for _module in MODULES:
    for _command in _module.COMMANDS:
        main.add_command(_command)

if __name__ == "__main__":  # pragma: no cover
    main()
