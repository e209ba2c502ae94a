"""Starting, reading and ending a process that runs task-author code for the host (a custom checker's verdicts,
a generator's inputs): the parts both kinds share, so that they start, fail and end alike.

Neither process leaves anything with the user: it runs in a private temporary working directory, removed when it
ends (a generator that wrote ``open("scratch", "w")`` left the file where effbench was run from), and, once it has
taken its reply channel (:func:`reply_channel`), its prints go nowhere (a checker's reached effbench's stderr)."""
from __future__ import annotations

import contextlib
import marshal
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import BinaryIO

from effbench.hash_seed import HASH_SEED
from effbench.sandbox.frames import FrameReadError, FrameReader

_CODE_ROOT = str(Path(__file__).resolve().parents[2])  # where ``effbench`` is imported from, for the process
_WORKDIR_PREFIX = "effbench-task-"
_WORKDIR_ENV = "EFFBENCH_TASK_WORKDIR"  # tells the process which folder is its own to remove (own_workdir)


class TaskProcess(subprocess.Popen):
    """A process running task-author code, and the private working directory it runs in (removed by :func:`kill`)."""
    workdir: str


def start(module: str, *args: str) -> TaskProcess:
    """``python -m module args...`` with pipes for requests (stdin) and replies (stdout), importing effbench as the
    host does, in a working directory of its own (so every path it is given is absolute, and so is its PYTHONPATH).
    A session of its own: the terminal's Ctrl-C reaches the host, which then ends the process, and not the task's
    code (whose KeyboardInterrupt would come back as its answer).  Under effbench's fixed string-hash seed, whatever
    the user's environment says (:mod:`effbench.hash_seed`: inputs and verdicts must not depend on the process)."""
    path = [os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    workdir = tempfile.mkdtemp(prefix=_WORKDIR_PREFIX)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([_CODE_ROOT, *path]), PYTHONHASHSEED=HASH_SEED,
               **{_WORKDIR_ENV: workdir})
    try:
        proc = TaskProcess([sys.executable, "-m", module, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           env=env, cwd=workdir, start_new_session=True)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    proc.workdir = workdir
    return proc


def reply_channel() -> BinaryIO:
    """In the process, before any task code runs: its reply channel (a copy of the original stdout), with file
    descriptors 1 and 2 then on /dev/null, so that the task code's prints, Python's or a C library's, land neither
    in the replies nor in effbench's output."""
    replies = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    return replies


@contextlib.contextmanager
def own_workdir() -> Iterator[Callable[[], None]]:
    """In the process, around all it does: its private working directory is removed as it ends, whatever ends it
    short of a signal, and the function that removes it is given for a watchdog ending it with ``os._exit``.  When
    its host is gone (killed with SIGKILL) no host is left to remove it: the folders stayed in the temporary
    directory.  The path is read first, so task code cannot point it elsewhere."""
    workdir = os.environ.pop(_WORKDIR_ENV, "")

    def remove() -> None:
        if os.path.basename(workdir).startswith(_WORKDIR_PREFIX):
            shutil.rmtree(workdir, ignore_errors=True)
    try:
        yield remove
    finally:
        remove()


def watch_host(remove_workdir: Callable[[], None]) -> None:
    """In the process: end it when its host is gone (reparented), whatever its request is doing (a generator or a
    check sleeping or blocked, which no CPU limit ends), its working directory removed first."""
    host = os.getppid()

    def watch() -> None:
        while os.getppid() == host:
            time.sleep(0.5)
        remove_workdir()
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def death(proc: TaskProcess, who: str, cpu_s: float) -> str:
    """Why the process's replies ended (*who* did it: ``checker``, ``generate``): it is gone (how), or it closed its
    reply channel and lives on."""
    try:
        code = proc.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        return f"{who} closed its reply channel"
    if code == -signal.SIGXCPU:
        return f"{who} used more than {cpu_s:g} CPU seconds"
    if code < 0:
        try:
            return f"{who} process killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"{who} process killed by signal {-code}"
    return f"{who} process exited with status {code}"


class NoReply(Exception):
    """No reply came (the text says why); the caller ends the process and raises its own error."""


def next_reply(proc: TaskProcess, wall_s: float, who: str, cpu_s: float, late: str) -> tuple[str, object]:
    """The process's next reply (a kind and a value), or :class:`NoReply`: ``who late`` when none came within
    *wall_s*, else how the process ended (:func:`death`)."""
    assert proc.stdout is not None
    try:
        data = FrameReader(proc.stdout.fileno()).frame(time.monotonic() + wall_s)
    except FrameReadError as exc:
        raise NoReply(f"{who} {late} within {wall_s:g} s (wall clock)" if exc.reason == "timeout"
                      else death(proc, who, cpu_s)) from None
    return marshal.loads(data)


def kill(proc: TaskProcess) -> None:
    """End the process and remove its working directory, with whatever its task code wrote there (what it made
    unremovable, a folder without write permission, stays in the temporary directory: it is not the user's)."""
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:  # a pipe whose other end is gone
                pass
    shutil.rmtree(proc.workdir, ignore_errors=True)
