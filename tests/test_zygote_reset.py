"""The zygote's reset of the pipes every counted child shares (runners/zygote.py ``_pipe_resetter``), called
directly, in an interpreter of its own with the runners on its path as a worker has them.  What every later child's
count depends on is what the reset allocates, so that is measured (tracemalloc), not inferred from a count."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from effbench.sandbox.runner_source import runners_dir

pytestmark = pytest.mark.sandbox  # each test starts an interpreter of its own

PROBE = r'''
import ctypes, fcntl, json, os, sys, tempfile, tracemalloc
import zygote

def peak_of(call):
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        call()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()

def refusing(fd):
    # fd made a regular file's: its flags are still set back, its pipe size refused (EBADF), as a size the uid's
    # pipe budget no longer covers is (EPERM), which root, as this suite runs, cannot be refused
    with tempfile.TemporaryFile() as fh:
        os.dup2(fh.fileno(), fd)

libc = ctypes.CDLL(None, use_errno=True) if sys.argv[1] == "c" else None  # as runners/executor.py makes it
out = {}
r, w = os.pipe()
reset = zygote._pipe_resetter((r, w), r, libc)
size, flags = fcntl.fcntl(w, fcntl.F_GETPIPE_SZ), fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 4 * size)
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
os.write(w, b"X" * 60000)  # pages of the drain; within the old size (no child can grow a pipe: runners/guard.py)
reset()
out["restored"] = [fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) == size, fcntl.fcntl(r, fcntl.F_GETFL) == flags]
os.set_blocking(r, False)
try:
    os.read(r, 1)
    out["drained"] = False
except BlockingIOError:
    out["drained"] = True
os.set_blocking(r, True)
accepted = zygote._pipe_resetter((w,), r, libc)
accepted()
out["accepted"] = min(peak_of(accepted) for _ in range(5))
refused = zygote._pipe_resetter((w,), r, libc)
refusing(w)
refused()  # never raises
out["refused"] = min(peak_of(refused) for _ in range(5))
print(json.dumps(out))
'''


def _probe(how: str) -> dict:
    done = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(runners_dir())!r})\n"
                           + PROBE, how], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("how", ["c", "python"])
def test_the_reset_puts_sizes_and_flags_back_and_drains_the_control_pipe(how):
    got = _probe(how)
    assert got["restored"] == [True, True] and got["drained"], got


def test_a_refused_pipe_size_allocates_what_an_accepted_one_does_through_cs_fcntl():
    """Through C's fcntl (the zygote's way) a refusal makes no Python object, so the reset allocates the same
    whether the kernel refuses or not.  Through Python's (the fallback without a C library) it raises, and the
    exception is made and freed: what moved a later count by 23 instructions; measured too, so that this test
    would fail if the zygote went back to it."""
    c, python = _probe("c"), _probe("python")
    assert c["refused"] == c["accepted"], c
    assert python["refused"] > python["accepted"], python
