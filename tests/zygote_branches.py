"""Samples that each take a data-dependent branch of a counting worker: of its zygote's loop (runners/zygote.py:
the reset of the pipes every child shares, the drain of bytes a child left in the control pipe, a size that cannot
be set back, the wait status it reports) and of the worker's handling of a counted run (runners/executor.py: each
way a run ends, a count that is not whole).  A test runs them between two countings of the same job, which must
agree: nothing a sample does may move a later sample's count."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.private_tmp import NOBODY

# Short enough that a worker that hangs on a run is given up on within 100 s (the host waits setup + 2 x wall +
# 60 s, twice): these samples take milliseconds.
LIMITS = Limits(wall_limit=10, cpu_limit=11, memory_mb=256, setup_timeout=20)
# A job whose count follows the state of the C heap a child inherits (buffers over pymalloc's 512 bytes come from
# glibc's) and the addresses its objects get (a set of objects hashes them by address).
HEAP_PROBE = ("def f():\n    keep = [bytearray(1000 + 7 * i) for i in range(300)]\n"
              "    objs = [object() for _ in range(2000)]\n    return len(keep) + len(set(objs))\n")

# Every pipe end the child holds, as a loop over its descriptors (the worker's fds are not known to a sample).
_PIPES = "import fcntl, os, stat\ndef f():\n    out = []\n    for fd in range(3, 64):\n        try:\n" \
         "            if stat.S_ISFIFO(os.fstat(fd).st_mode) and {which}:\n{body}" \
         "        except OSError:\n            pass\n    return out\n"
_READ_END = "fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY"


def control_pipe_writer(nbytes: int) -> str:
    """A sample that writes *nbytes* into the control pipe (whose read end it holds) through a write end it opens at
    /proc/self/fd, and returns how many went in: what the zygote drains before its next fork."""
    body = ("                w = os.open('/proc/self/fd/%d' % fd, os.O_WRONLY | os.O_NONBLOCK)\n"
            f"                out.append(os.write(w, b'Q' * {nbytes}))\n")
    return _PIPES.format(which=_READ_END, body=body)


# Each pipe end at one page and set O_DIRECT | O_NONBLOCK: what the zygote's reset puts back.
SHRINK = _PIPES.format(which="True", body=(
    "                fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 4096)\n"
    "                fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_DIRECT | os.O_NONBLOCK)\n"
    "                out.append(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))\n"))
# The sizes of the pipe ends a child finds.
SIZES = _PIPES.format(which="True", body="                out.append(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))\n")
# Closes the control pipe's read end: the harness's wait for the worker's last byte fails, and the child exits 5.
CLOSE_CONTROL = _PIPES.format(which=_READ_END, body="                os.close(fd)\n                out.append(fd)\n")
# In place of its count file, a folder (the worker removes it and counts it among the run's files).
FOLDER = ("import os\ndef f():\n    path = '/tmp/effbench-count/%d.cg' % os.getpid()\n    os.unlink(path)\n"
          "    os.mkdir(path)\n    open(os.path.join(path, 'x'), 'wb').write(b'x' * 4096)\n    return 1\n")
# A forged count, then an exit rebound to SIGKILL (tests/test_counting.py: a forged count file is not believed).
FORGE = ("import glob, os, signal\ndef f():\n    for path in glob.glob('/tmp/effbench-count/*.cg'):\n"
         "        open(path, 'w').write('summary: 1\\ntotals: 1\\n')\n"
         "    os._exit = lambda code: os.kill(os.getpid(), signal.SIGKILL)\n    return 0\n")


@dataclass(frozen=True)
class Branch:
    """A sample, how its run must end (its status and a part of its detail, or its outputs), under which limits.
    *once*: enough to take once, the zygote's code path being another branch's: a branch of the worker's alone (the
    zygote sees its child end as in another, exit 0 or killed by SIGKILL), or one more size of bytes to drain."""

    name: str
    code: str
    status: str
    detail: str = ""
    outputs: list | None = None
    limits: Limits = LIMITS
    once: bool = False


BRANCHES = [
    Branch("drain a few bytes", control_pipe_writer(4), base.OK, outputs=[[4]]),
    # What a drain of n bytes could change depends on the C heap's layout (which free chunk a buffer of n bytes
    # would be cut from): 60,000 bytes moved later counts on one build of the runners, 32,000 and 40,000 on another.
    *(Branch(f"drain {n} bytes", control_pipe_writer(n), base.OK, outputs=[[n]], once=True)
      for n in range(8000, 64_000, 8000)),
    Branch("drain a full pipe", control_pipe_writer(1 << 16), base.OK, outputs=[[1 << 16]]),
    Branch("pipes shrunk, packet mode, non-blocking", SHRINK, base.OK, outputs=[[4096, 4096]]),
    Branch("control pipe closed: exit 5", CLOSE_CONTROL, base.EXIT, "did not exit normally"),
    Branch("killed by SIGKILL", "import os, signal\ndef f():\n    os.kill(os.getpid(), signal.SIGKILL)\n", base.CRASH,
           "SIGKILL"),
    Branch("killed by SIGABRT", "import os\ndef f():\n    os.abort()\n", base.CRASH, "SIGABRT"),
    Branch("exit 3", "import os\ndef f():\n    os._exit(3)\n", base.EXIT, "code 3"),
    Branch("exit 0 without a result", "import os\ndef f():\n    os._exit(0)\n", base.EXIT, "code 0", once=True),
    Branch("timeout", "def f():\n    while True:\n        pass\n", base.TIMEOUT, once=True,
           limits=Limits(wall_limit=0.1, cpu_limit=2, memory_mb=256, setup_timeout=20)),
    Branch("output over its limit", "def f():\n    return 'z' * 5000\n", base.OUTPUT_LIMIT, once=True,
           limits=Limits(wall_limit=10, cpu_limit=11, memory_mb=256, setup_timeout=20, max_output=1000)),
    Branch("memory error", "def f():\n    return bytearray(1 << 40)\n", base.MEMORY, once=True),
    Branch("raises", "def f():\n    raise ValueError('x' * 600)\n", base.ERROR, "ValueError", once=True),
    Branch("syntax error", "def f(:\n", base.COMPILE_ERROR, once=True),
    Branch("forged count file", FORGE, base.OK, outputs=[0], once=True),
    Branch("folder for its count file", FOLDER, base.EXIT, "nothing was counted", once=True),
]


@contextmanager
def pipe_budget_spent():
    """While this lasts, a process at the counting worker's uid (nobody, for root; our own uid otherwise: the worker's
    user namespace maps it to nobody) holds more pipe buffers than fs.pipe-user-pages-soft allows a uid, so the
    kernel refuses to raise a pipe of that uid's back to its size (EPERM): the zygote's reset has to leave it.  No
    sample can do that alone (its descriptors are few, and closed when it exits); samples in other slots at the same
    uid together can.  Held for as short a time as the runs it is needed for: every process of that uid gets small
    pipes meanwhile."""
    soft = int(Path("/proc/sys/fs/pipe-user-pages-soft").read_text())
    assert soft > 0, "fs.pipe-user-pages-soft is 0: no uid's pipe budget can be spent here"
    pipes = soft // 16 + 8  # a pipe is 16 pages until the budget is spent
    need = 2 * pipes + 64
    # It checks that the budget is spent as the zygote will find it: a pipe of its own, shrunk, cannot be raised.
    hog = ("import fcntl, os, resource, sys\n"
           f"resource.setrlimit(resource.RLIMIT_NOFILE, ({need}, {need}))\n"
           f"if os.geteuid() == 0:\n    os.setgid({NOBODY[1]})\n    os.setuid({NOBODY[0]})\n"
           f"held = [os.pipe() for _ in range({pipes})]\n"
           "fcntl.fcntl(held[-1][0], fcntl.F_SETPIPE_SZ, 4096)\n"
           "try:\n    fcntl.fcntl(held[-1][0], fcntl.F_SETPIPE_SZ, 65536)\n    print('not spent', flush=True)\n"
           "except PermissionError:\n    print('spent', flush=True)\nsys.stdin.read()\n")
    if os.geteuid() != 0 and resource.getrlimit(resource.RLIMIT_NOFILE)[1] < need:
        raise AssertionError(f"the hard limit on open files is under {need}: cannot spend the pipe budget")
    proc = subprocess.Popen([sys.executable, "-c", hog], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "spent\n"
        yield
    finally:
        proc.kill()
        proc.wait()
