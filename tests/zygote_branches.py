"""Samples that each take a data-dependent branch of a counting worker: of its zygote's loop (runners/zygote.py:
the reset of the pipes every child shares, the drain of bytes a child left in the control pipe, a size that cannot
be set back, the wait status it reports) and of the worker's handling of a counted run (runners/executor.py: each
way a run ends, a count that is not whole).  A test runs them between two countings of the same job, which must
agree: nothing a sample does may move a later sample's count."""
from __future__ import annotations

from effbench.sandbox.base import Limits

# Short enough that a worker that hangs on a run is given up on within 100 s (the host waits setup + 2 x wall +
# 60 s, twice): these samples take milliseconds.
LIMITS = Limits(wall_limit=10, cpu_limit=11, memory_mb=256, setup_timeout=20)

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
