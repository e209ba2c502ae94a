"""Error types that the CLI turns into one clear line and a non-zero exit."""
from __future__ import annotations

import signal


class EffbenchError(Exception):
    """A user-facing failure: bad input, a broken task, a sandbox that cannot start."""

    exit_code = 2


class TaskError(EffbenchError):
    """A task folder that does not follow the task format."""


class ValidationError(EffbenchError):
    """A task that ``effbench tasks validate`` proves wrong (the reason, in one line)."""


class SampleError(EffbenchError):
    """A samples file that cannot be read (bad JSON, missing fields, unknown task ids)."""


class InfrastructureError(EffbenchError):
    """The harness itself failed (sandbox would not start, worker died twice): never the sample's fault."""

    exit_code = 3


class SetupError(InfrastructureError):
    """This machine (or user) is not set up for what was asked: a kernel setting, a missing tool, no Docker
    permission.  Said in one line naming the setting and the fix, before anything is measured; exit 2, since rerunning
    will not help until the user changes something."""

    exit_code = 2


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where Ctrl-C's KeyboardInterrupt would be.  A cancelled CI job, ``timeout`` or
    ``docker stop`` send SIGTERM, a closed terminal or a dropped SSH session SIGHUP, and by default either ended the
    process on the spot, exit 143 or 129 and not a word: no ``finally`` ran, so the run's worker containers were
    left running, and its staged runners in /dev/shm, until a later run reaped them.  Now the same clean-up runs as
    for Ctrl-C, and the same line is said, naming the signal."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


def stopped_by(exc: KeyboardInterrupt) -> tuple[str, int]:
    """What a command stopped by *exc* says and exits with: Ctrl-C "interrupted" and 130; SIGTERM or SIGHUP
    (:class:`Terminated`) "terminated (SIGTERM)" or "(SIGHUP)" and 128 + the signal's number, the shell's code for
    a death by it (143, 129)."""
    if isinstance(exc, Terminated):
        return f"terminated ({signal.Signals(exc.signum).name})", 128 + exc.signum
    return "interrupted", 130
