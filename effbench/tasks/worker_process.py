"""Starting, reading and ending a process that runs task-author code for the host (a custom checker's verdicts,
a generator's inputs): the parts both kinds share, so that they start, fail and end alike."""
from __future__ import annotations

import marshal
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from effbench.sandbox.frames import FrameReadError, FrameReader

_CODE_ROOT = str(Path(__file__).resolve().parents[2])  # where ``effbench`` is imported from, for the process


def start(module: str, *args: str) -> subprocess.Popen:
    """``python -m module args...`` with pipes for requests (stdin) and replies (stdout), importing effbench as the
    host does.  A session of its own: the terminal's Ctrl-C reaches the host, which then ends the process, and not
    the task's code (whose KeyboardInterrupt would come back as its answer)."""
    path = os.environ.get("PYTHONPATH")
    env = dict(os.environ, PYTHONPATH=_CODE_ROOT + (os.pathsep + path if path else ""))
    return subprocess.Popen([sys.executable, "-m", module, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env=env, start_new_session=True)


def death(proc: subprocess.Popen, who: str, cpu_s: float) -> str:
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


def next_reply(proc: subprocess.Popen, wall_s: float, who: str, cpu_s: float, late: str) -> tuple[str, object]:
    """The process's next reply (a kind and a value), or :class:`NoReply`: ``who late`` when none came within
    *wall_s*, else how the process ended (:func:`death`)."""
    assert proc.stdout is not None
    try:
        data = FrameReader(proc.stdout.fileno()).frame(time.monotonic() + wall_s)
    except FrameReadError as exc:
        raise NoReply(f"{who} {late} within {wall_s:g} s (wall clock)" if exc.reason == "timeout"
                      else death(proc, who, cpu_s)) from None
    return marshal.loads(data)


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:  # a pipe whose other end is gone
                pass
