"""A task's custom checker, run in a process of its own so that each verdict is bounded (see
:mod:`effbench.tasks.checker_worker` for why and how the process limits itself).

The host side: start the process on the first verdict (a command that only loads tasks starts nothing), send it
each ``(args, output, expected)``, wait at most the wall-clock budget, and turn every way a verdict can fail (an
exception, CPU time or memory exceeded, no answer, the process dying) into :class:`CheckerError` with the reason:
the caller makes it the sample's failure (or, on the expert's output, the task's).  A process that failed a verdict
is replaced for the next one.  Cost per verdict: a ``marshal`` round trip through two pipes (tens of microseconds for
the small values of ordinary tests), against milliseconds for the sandboxed run that produced the output.
"""
from __future__ import annotations

import marshal
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

from effbench_runners import wire

from effbench.errors import TaskError
from effbench.tasks import worker_process

TASK_MEMORY_FACTOR = 4


@dataclass(frozen=True)
class CheckBudget:
    """What one verdict of a custom checker may use: CPU seconds (what a slow checker really costs, whatever the
    load), wall seconds (the backstop for a checker that sleeps or blocks: generous, for a loaded machine), and the
    memory of its process (at least this, and :data:`TASK_MEMORY_FACTOR` times the task's own budget: the output,
    the expected output and the arguments are all held there)."""
    cpu_s: float = 10.0
    wall_s: float = 60.0
    memory_mb: int = 4096


class CheckerError(TaskError):
    """The checker failed on an output (the message says how).  Left uncaught, it is the task's fault."""


class CheckerProcess:
    """``check(args, output, expected) -> bool`` of the ``checker.py`` at *path*, answered by a checker process."""

    def __init__(self, path: Path, module_name: str, budget: CheckBudget, task_memory_mb: int):
        memory_mb = max(budget.memory_mb, TASK_MEMORY_FACTOR * task_memory_mb)
        self.command = ["effbench.tasks.checker_worker", str(path.absolute()), module_name, str(budget.cpu_s),
                        str(memory_mb)]
        self.budget = budget
        self._lock = threading.Lock()  # one verdict at a time per process, whichever slot thread asks
        self._proc: worker_process.TaskProcess | None = None
        self._finalizer: weakref.finalize | None = None

    def __call__(self, args, output, expected) -> bool:
        try:
            request = marshal.dumps((args, output, expected))
        except ValueError as exc:  # nested deeper than marshal goes (the wire decoder stops well before)
            raise CheckerError(f"value cannot be given to the checker: {exc}") from None
        with self._lock:
            proc = self._proc or self._start()
            try:
                wire.write_frame(proc.stdin, request)
            except OSError:  # the process is gone (killed from outside between two verdicts): once more, fresh
                self._stop()
                proc = self._start()
                wire.write_frame(proc.stdin, request)
            kind, value = self._reply(proc, self.budget.wall_s)
            if kind != "ok":
                raise CheckerError(f"checker raised {value}")
            return value is True

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _start(self) -> worker_process.TaskProcess:
        proc = worker_process.start(*self.command)
        self._proc = proc
        self._finalizer = weakref.finalize(self, worker_process.kill, proc)
        kind, value = self._reply(proc, self.budget.wall_s)
        if kind != "ready":
            self._stop()
            raise TaskError(f"the checker process could not load the checker: {value}")
        return proc

    def _stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._proc = self._finalizer = None

    def _reply(self, proc: worker_process.TaskProcess, wall_s: float) -> tuple[str, object]:
        """The process's next reply, or CheckerError (the process stopped) if none comes within *wall_s*."""
        try:
            return worker_process.next_reply(proc, wall_s, "checker", self.budget.cpu_s, "did not answer")
        except worker_process.NoReply as exc:
            self._stop()
            raise CheckerError(str(exc)) from None
