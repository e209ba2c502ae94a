"""A task's generator and hand cases, run in the input process (:mod:`effbench.tasks.input_worker`: why, and how it
limits itself).

The host side: one process for the command, started on the first request (a command that only lists tasks starts
nothing, and a warm input cache asks for no input: a task's hand cases are all it asks for), one request at a time
whichever thread asks, each waited for at most :data:`INPUT_BUDGET`'s wall clock.

Every way a request can fail (the code raised, went past a budget, ended or killed the process) is one
:class:`TaskError` line naming the file, and the level and test for an input; a process that failed a request is
replaced for the next one. The host interrupted while it waits (Ctrl-C) ends the process too, so that no answer
meant for one request is read as another's.  A process that loaded a task's code is replaced too once the task's
files have changed (:meth:`InputProcess._ask`).
"""
from __future__ import annotations

import marshal
import os
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from effbench_runners import wire

from effbench.errors import TaskError
from effbench.tasks import worker_process
from effbench.tasks.checker_process import TASK_MEMORY_FACTOR


class TaskFiles(Protocol):
    """What is asked of a task here (a :class:`~effbench.tasks.task.Task`, which imports this module)."""
    @property
    def path(self) -> Path: ...

    @property
    def memory_mb(self) -> int: ...

    def module_name(self, name: str) -> str: ...

    def inputs_hash(self) -> str: ...


@dataclass(frozen=True)
class InputBudget:
    """What one input (or a task's hand cases) may use: CPU seconds (a generator that loops), wall seconds (one that
    sleeps or blocks; generous, for a loaded machine), and memory of at least this and :data:`TASK_MEMORY_FACTOR`
    times the task's own budget.  The suite's slowest input took 3 CPU seconds to make (evaluate-expressions, on a
    loaded 2-core VM, 2026-12-06): the budget leaves a task author's larger inputs room."""
    cpu_s: float = 60.0
    wall_s: float = 180.0
    memory_mb: int = 4096


INPUT_BUDGET = InputBudget()  # read at each request (a test may lower it)


class InputProcess:
    """The command's input process, asked one request at a time whichever thread asks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: worker_process.TaskProcess | None = None
        self._finalizer: weakref.finalize | None = None
        self._cpu_s = 0.0  # the budget the running process was started with
        self._loaded: dict[str, str] = {}  # task folder -> inputs hash of the files the running process read there

    def generate(self, task: TaskFiles, where: str, size: int, seed: int, index: int) -> bytes:
        """The marshal bytes of ``generate(size, random.Random(seed)[, index])`` of *task*'s generator.py; a failure
        is the TaskError of *where*."""
        request = ("generate", str(task.path / "generator.py"), task.module_name("generator"), where,
                   (size, seed, index), task.memory_mb)
        return self._ask(request, where, "generate", task.inputs_hash())

    def load_checker(self, task: TaskFiles) -> None:
        """Load *task*'s checker.py here, where its top-level code is bounded (it judges in the checker process):
        one that does not load, or defines no ``check``, is the task's error."""
        path = str(task.path / "checker.py")
        self._ask(("checker", path, task.module_name("checker"), path, None, task.memory_mb), path, "checker.py",
                  task.inputs_hash())

    def cases(self, path: Path, module_name: str, memory_mb: int, made_from: str) -> tuple[list[dict], list[bytes]]:
        """CASES of the cases.py at *path* (loaded as module *module_name*), and each case's arguments in marshal
        bytes.  *made_from*: its task's inputs hash (see :meth:`_ask`)."""
        request = ("cases", str(path), module_name, str(path), None, memory_mb)
        return marshal.loads(self._ask(request, str(path), "cases.py", made_from))

    def _ask(self, request: tuple, where: str, who: str, made_from: str) -> bytes:
        """*made_from*: the inputs hash of the task whose file *request* names
        (:meth:`~effbench.tasks.task.Task.inputs_hash`).  The process keeps what it loaded (the module, the data
        file its top level read, a helper module it imported): asked again after the task's files changed (the
        Python API in a notebook, between two runs), it made the old inputs, which the cache then stored under the
        new files' key.  A process that read the task's files as they were is replaced."""
        budget = INPUT_BUDGET
        kind, path, *rest, memory_mb = request
        memory_mb = max(budget.memory_mb, TASK_MEMORY_FACTOR * memory_mb)
        # the file absolute: the process works in a directory of its own (worker_process.start); *where* says it
        # as the user gave it
        path = os.path.abspath(path)
        data = marshal.dumps((kind, path, *rest, memory_mb))
        folder = os.path.dirname(path)
        with self._lock:
            try:
                if self._proc is not None and (self._cpu_s != budget.cpu_s
                                               or self._loaded.get(folder, made_from) != made_from):
                    self._stop()
                proc = self._proc or self._start(budget, where, who)
                self._loaded[folder] = made_from
                try:
                    wire.write_frame(proc.stdin, data)
                except OSError:  # the process is gone (killed from outside between two requests): once more, fresh
                    self._stop()
                    proc = self._start(budget, where, who)
                    wire.write_frame(proc.stdin, data)
                kind, value = self._reply(proc, budget, where, who)
            except BaseException:  # Ctrl-C while waiting: the process's late answer must not meet the next request
                self._stop()
                raise
        if kind != "ok":
            raise TaskError(str(value))
        assert isinstance(value, bytes)
        return value

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _start(self, budget: InputBudget, where: str, who: str) -> worker_process.TaskProcess:
        proc = worker_process.start("effbench.tasks.input_worker", str(budget.cpu_s))
        self._proc, self._cpu_s = proc, budget.cpu_s
        self._finalizer = weakref.finalize(self, worker_process.kill, proc)
        self._reply(proc, budget, where, who)
        return proc

    def _stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
        self._proc = self._finalizer = None
        self._loaded.clear()

    def _reply(self, proc: worker_process.TaskProcess, budget: InputBudget, where: str, who: str) -> tuple[str, object]:
        """The process's next reply, or the TaskError of *where* if none comes within the wall-clock budget."""
        try:
            return worker_process.next_reply(proc, budget.wall_s, who, budget.cpu_s, "did not finish")
        except worker_process.NoReply as exc:
            self._stop()
            raise TaskError(f"{where}: {exc}") from None


INPUT_PROCESS = InputProcess()  # the command's input process (started on first use, ended at exit)
