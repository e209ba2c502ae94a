"""Issue 11, items 5 and 7: attacks on memory accounting, each run as a hostile sample would, through the real
sandboxes (the process sandbox and docker).

* files a sample holds count in its peak memory and against its budget, unlinked ones it keeps open too;
* pipes hold no more than their default size outside the peak (sockets and SysV IPC: tests/test_child_seccomp.py);
* a run's peak is its own, base_kb comes from outside, and really filling the budget stays the memory limit.
"""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import docker_available

from .peak_after_big import BIG, measure
from . import sandbox_workers
from .sandbox_workers import KINDS, _make, run

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess
limits = sandbox_workers.limits  # the runs' limits, a fixture: bound by name so that pytest finds it here


# ---------------------------------------------------------------- item 5: memory
HOLD = """import os
def f():
    for i in range(N):
        with open(f'blob{i}', 'wb') as fh:
            fh.write(os.urandom(14 << 20))
    return N
"""


def test_files_a_sample_holds_count_in_its_peak(srunner, limits):
    ex = run(srunner, HOLD.replace("N", "3"), limits)
    assert ex.status == base.OK, ex.detail
    assert ex.peak_kb - ex.base_kb >= 40 * 1024, (ex.peak_kb, ex.base_kb)


# Files it unlinked but keeps open (module state outlives the call: the child lives until the worker's end reading),
# which the clean-up after the run cannot find.
UNLINKED = """import os
KEPT = []
def f():
    for i in range(3):
        fd = os.open(f'blob{i}', os.O_CREAT | os.O_RDWR, 0o600)
        os.write(fd, os.urandom(14 << 20))
        os.unlink(f'blob{i}')
        KEPT.append(fd)
    return os.listdir('.')
"""


def test_files_a_sample_unlinked_but_keeps_open_count_in_its_peak(srunner, limits):
    """Before: 42 MB held so were read as nothing above the baseline (the clean-up counted the names it found)."""
    ex = run(srunner, UNLINKED, limits)
    assert ex.status == base.OK and ex.outputs == [[]], ex.detail
    assert ex.peak_kb - ex.base_kb >= 40 * 1024, (ex.peak_kb, ex.base_kb)


# Files it held while it worked and let go before it returned (a spill to disk, or tempfile.TemporaryFile, which
# the kernel frees at its close): memory it used, gone by the end reading.
SPILL = """import os, tempfile, time
def f():
    spill = [tempfile.TemporaryFile(dir='.') for _ in range(3)]
    for fh in spill:
        fh.write(bytes(14 << 20))
    time.sleep(0.4)
    for fh in spill:
        fh.close()
    return os.listdir('.')
"""


def test_files_a_sample_held_while_it_worked_count_in_its_peak(srunner, limits):
    """The worker reads what the run's /tmp holds at each of its wakes while the child works (every
    runners/watch.py POLL), with the child's resident size then.  Before, only the end reading counted: 42 MB of
    files held for 0.4 s and closed before the return read as 14 MB above the baseline (the one buffer it wrote
    them from), in both runners."""
    ex = run(srunner, SPILL, limits)
    assert ex.status == base.OK and ex.outputs == [[]], ex.detail
    assert ex.peak_kb - ex.base_kb >= 42 * 1024, (ex.peak_kb, ex.base_kb)


def test_files_held_while_it_worked_over_the_budget_are_the_memory_limit(srunner):
    ex = run(srunner, SPILL, Limits(wall_limit=20, cpu_limit=25, memory_mb=32))
    assert ex.status == base.MEMORY and "32 MB budget" in ex.detail, (ex.status, ex.detail, ex.peak_kb)


def test_files_over_the_budget_stop_the_run_there_and_leave_the_slot_clean(srunner, limits):
    """Over its budget at a reading while it works, the run stops there, the memory limit, and the next run in the
    slot finds its /tmp empty.  Before, a sample holding its files worked on to its time limit (a timeout here),
    holding the host's memory all along: in the process runner's /tmp, whose inodes are bounded only by the
    kernel's default (3 million here), it made 150,000 empty files (148 MiB of the kernel's memory) in 5 s."""
    hog = HOLD.replace("N", "3").replace("import os", "import os, time").replace("return 3", "time.sleep(30)")
    ex = run(srunner, hog, Limits(wall_limit=8, cpu_limit=10, memory_mb=32))
    # The status says it stopped before its time limit (there, a timeout); its own clock, read by the worker, says
    # by a wide margin -- not the test's wall clock, which the machine's load moves.
    assert ex.status == base.MEMORY and "32 MB budget" in ex.detail, (ex.status, ex.detail)
    assert ex.wall_time is not None and ex.wall_time < 4, ex.wall_time
    after = run(srunner, "import os\ndef f():\n    st = os.statvfs('.')\n"
                         "    return [(st.f_blocks - st.f_bfree) * st.f_frsize >> 10, os.listdir('.')]\n", limits)
    assert after.status == base.OK and after.outputs[0][1] == [] and after.outputs[0][0] < 1024, after.outputs


# Files held over the budget while the sample keeps its result pipe busy: it writes a frame header of its own (it can
# write to the pipe: tests/hostile.py), then a byte of JSON whitespace at each MiB it writes and every 5 ms after,
# never finishing the frame.
TRICKLE = """import fcntl, os, stat, struct, time
def f():
    pipes = []
    for fd in range(3, 64):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY:
                pipes.append(fd)
        except OSError:
            pass
    for fd in pipes:
        os.write(fd, struct.pack('>Q', 1 << 20))
    for i in range(42):  # a MiB at a time, in files of 14 MiB, the pipe never silent for long while they are written
        with open(f'blob{i // 14}', 'ab') as fh:
            fh.write(os.urandom(1 << 20))
        for fd in pipes:
            os.write(fd, b' ')
    while True:
        for fd in pipes:
            os.write(fd, b' ')
        time.sleep(0.005)
"""


def test_files_over_the_budget_are_read_while_the_sample_trickles_into_its_pipe(srunner):
    """The worker's readings (files, liveness, counted CPU) run every runners/watch.py POLL on a clock.  Before,
    they ran only when the result pipe had been silent for a POLL: this sample held 42 MB of files over its 32 MB
    budget to its time limit (a timeout, or the memory limit at the last, shortened wait before it), and could as
    well have made ~30,000 inodes a second all along.  Now it stops within a POLL of passing its budget: well before
    half its time limit (the worker's own clock of the run: 0.3 s here at load 4, 6.0 s before)."""
    ex = run(srunner, TRICKLE, Limits(wall_limit=6, cpu_limit=8, memory_mb=32))
    assert ex.status == base.MEMORY and "32 MB budget" in ex.detail, (ex.status, ex.detail)
    assert ex.wall_time is not None and ex.wall_time < 3, ex.wall_time


# Pipes filled to what each takes, raised to fs.pipe-max-size first where allowed, while descriptors last: bytes the
# kernel holds for it, outside its peak.
PIPES = """import fcntl, os
KEPT = []
def f():
    held, refused = 0, 0
    while True:
        try:
            r, w = os.pipe()
        except OSError:
            return [held, refused]
        KEPT.append((r, w))
        try:
            fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 1 << 20)
        except PermissionError:
            refused += 1
        os.set_blocking(w, False)
        try:
            while True:
                held += os.write(w, bytes(1 << 16))
        except BlockingIOError:
            pass
"""


def test_pipes_hold_no_more_than_their_default_size_outside_the_peak(srunner, limits):
    """Before: 29 MiB (a pipe raised to 1 MiB per two descriptors).  Now each stays at 64 KiB: at most
    RLIMIT_NOFILE (64) x 64 KiB, the residual README's "Memory" states."""
    ex = run(srunner, PIPES, limits)
    assert ex.status == base.OK, ex.detail
    held, refused = ex.outputs[0]
    assert refused > 25 and held <= 64 * (64 << 10), (held, refused)


def test_empty_files_a_sample_leaves_count_in_its_peak(srunner, limits):
    """An empty file holds no block, but the kernel holds its inode and dentry (about 1 KiB): before, 100,000 of
    them (99 MB) were read as nothing."""
    code = ("import os\ndef f():\n    os.mkdir('d')\n    for i in range(5000):\n"
            "        os.close(os.open(f'd/{i}', os.O_CREAT | os.O_WRONLY, 0o600))\n    return 1\n")
    ex = run(srunner, code, limits)
    assert ex.status == base.OK, ex.detail
    assert ex.peak_kb - ex.base_kb >= 5000, (ex.peak_kb, ex.base_kb)


def test_files_over_the_budget_are_the_memory_limit(srunner):
    ex = run(srunner, HOLD.replace("N", "3"), Limits(wall_limit=20, cpu_limit=25, memory_mb=32))
    assert ex.status == base.MEMORY, (ex.status, ex.detail, ex.peak_kb)


def test_the_writable_area_is_bounded(srunner, limits):
    # 600 MB of files on a 512 MB budget: never a pass.
    code = HOLD.replace("N", "43")
    ex = run(srunner, code, Limits(wall_limit=60, cpu_limit=65, memory_mb=512))
    assert ex.status in (base.MEMORY, base.ERROR), (ex.status, ex.detail, ex.peak_kb)


def test_a_peak_the_kernel_will_not_reset_is_not_measured_and_files_still_count(read_only_proc):
    """Where the worker cannot reset a child's high-water mark (here /proc is read-only in the jail), the mark would
    include the worker's pages: the run has no peak rather than a wrong one, it still passes, and files it holds
    over its budget are still the memory limit (before, such a peak was used as if it were the run's own)."""
    r = _make("process", slot=6)
    r.put_input("small", marshal.dumps([[1, 2, 3]]))
    try:
        ok = r.execute("def f(x):\n    return len(x)\n", "f", ["small"], Limits(wall_limit=20, cpu_limit=25,
                                                                                 memory_mb=512))
        held = r.execute(HOLD.replace("N", "3"), "f", ["empty"], Limits(wall_limit=20, cpu_limit=25, memory_mb=32))
    finally:
        r.close()
    assert (ok.status, ok.outputs, ok.peak_kb) == (base.OK, [3], None), (ok.status, ok.detail)
    assert ok.base_kb is not None and ok.base_kb > 0  # the baseline is still read from outside
    assert held.status == base.MEMORY and held.peak_kb is None, (held.status, held.detail)
    assert "over its 32 MB budget" in held.detail


@pytest.mark.parametrize("kind", KINDS)
def test_a_runs_peak_is_its_own_not_an_earlier_runs(kind):
    """A child's high-water mark starts at what it was forked with, the worker's pages: after a run on a large input
    the worker holds more, and every later run's peak above its baseline read that as the sample's memory (11 MB for
    a two-line function, found in the example run's NMU) and could even fail a small budget.  Reset to the
    child's resident size when its baseline is read, the peak is the run's own."""
    if kind == "docker" and not docker_available():
        pytest.fail("no Docker engine answers")
    got = measure(kind)
    assert got["big"] == [BIG]
    assert got["status"] == [base.OK] * 4, got["detail"]
    assert max(got["added"]) <= 1024, got["added"]  # returning len(x) of three items adds next to nothing
    assert got["tight"][0] == base.OK, got["tight"]


# ---------------------------------------------------------------- item 7
def test_base_kb_is_measured_from_outside(srunner, limits):
    # The sample rewrites the frame the child appends base_kb to, claiming a huge baseline to hide its memory.
    forged = ("import sys\nwire = sys.modules['wire']\npack = wire.pack_frame\n"
              "wire.pack_frame = lambda p: pack(p.replace(b'\"base_kb\":', b'\"base_kb\":99999'))\n"
              "def f():\n    return 1\n")
    ex = run(srunner, forged, limits)
    # (the high-water mark may equal the baseline: the sample's source is compiled before the baseline is read,
    # and returning 1 needs no more memory than compiling it did)
    assert ex.status == base.OK and 5_000 < ex.base_kb <= ex.peak_kb < 99_999, (ex.base_kb, ex.peak_kb)


def test_really_filling_the_budget_is_the_memory_limit(srunner):
    code = "def f():\n    xs = []\n    while True:\n        xs.append(bytearray(1 << 20))\n"
    ex = run(srunner, code, Limits(wall_limit=20, cpu_limit=25, memory_mb=128))
    assert ex.status == base.MEMORY, (ex.status, ex.detail)
