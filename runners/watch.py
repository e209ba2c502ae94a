"""The child as the worker sees it from outside: its clocks, memory and state read from /proc, reads from its
result pipe bounded by a deadline and its life, and its end.

Nothing here trusts the child: every reading is taken by the worker, a different process (at a different uid
where the worker is root), so a sample that rewrites its own memory, timers or frames changes none of them.
"""
from __future__ import annotations

import os
import select
import signal
import time

try:
    import wire  # in the sandbox: runners/ is on the worker's sys.path
except ImportError:  # on the host, as effbench_runners.watch (its tests)
    from . import wire

POLL = 0.05  # how often a working child is checked: alive, its files, its counted CPU (on a clock)


def read_cpu_ns(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/schedstat", "rb") as fh:
            return int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def read_status_kb(pid: int, field: bytes = b"VmHWM") -> int | None:
    """A field (in KiB) of the child's /proc status, read from outside: the sample cannot forge it."""
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            for line in fh:
                if line.startswith(field + b":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def reset_peak(pid: int) -> bool:
    """Set the child's high-water mark (VmHWM) to its resident size now (``5`` to /proc/PID/clear_refs, Linux 4.0+).

    Why: a forked process starts with the high-water mark of the pages it was forked with, which are the worker's.
    After a run on a large input the worker holds more, so without this every later child's peak stood above its
    baseline by what the worker held, whatever the sample did: memory scores and the memory budget then depended
    on earlier runs.  Called when the baseline is read, while the child waits for "go", so the peak read at the
    end is the highest the child reached after it.  False when the kernel refuses (a /proc mounted read-only, a
    kernel without the file): the run then has no peak (a baseline without a peak: effbench.scoring.memory counts
    such runs)."""
    try:
        fd = os.open(f"/proc/{pid}/clear_refs", os.O_WRONLY)
    except OSError:
        return False
    try:
        return os.write(fd, b"5") == 1
    except OSError:
        return False
    finally:
        os.close(fd)


# What the kernel holds for each file or directory on a tmpfs besides its data: its inode and dentry, 1,035 bytes
# for an empty file (Linux 6.18, measured: 100,000 of them took 99 MB of slab and no block).
INODE_KB = 1


def tmpfs_held_kb(path: str) -> int:
    """KiB held on the file system that holds *path* -- the worker's /tmp, a bounded tmpfs that is its alone, the
    run's work dir its only place a sample can write: the blocks in use, and :data:`INODE_KB` for each inode.

    Read at the baseline and again at the end reading, while the child still lives, the difference is what the run
    holds there: its files, also those it unlinked but keeps open (or made unnamed, O_TMPFILE), which the clean-up
    cannot find (42 MB held so read as 1 MB above the baseline), and the kernel's part of files that hold no data
    (100,000 empty files, 99 MB, read as nothing).  Files it let go before it returned are seen only by the readings
    taken while it works (:class:`FilesSeen`): README, "Memory", says what the peak counts and what it does not."""
    st = os.statvfs(path)
    return ((st.f_blocks - st.f_bfree) * st.f_frsize >> 10) + (st.f_files - st.f_ffree) * INODE_KB


class FilesSeen:
    """What the run's /tmp held at the worker's readings while the child worked, above the baseline *tmp0_kb*: the
    most it held (``files_kb``), and the most the child's resident size and its files made together at one
    reading (``total_kb``).

    Why: the end reading sees only the files still held when the child returned.  A file it let go before (a spill
    it unlinked, a ``tempfile.TemporaryFile`` closed, which the kernel frees at once) was memory it used, and was
    read as nothing (42 MB written a MiB at a time and held for a second: 808 KiB above the baseline).
    :meth:`read` is called every :data:`POLL` while the child works, whether or not it writes to its pipe: a reading
    is a statvfs (and the child's VmRSS only once its files hold anything), about as cheap as the liveness check
    made there anyway.  A file held for less than one interval between two readings can still escape, up to the
    tmpfs's size (README, "Memory")."""

    def __init__(self, pid: int, path: str, tmp0_kb: int, base_kb: int | None, memory_mb: int):
        """*base_kb*: the child's resident size at its baseline, None where its peak is not measured (the reset
        refused: its files alone then count, as at the end)."""
        self.pid, self.path, self.tmp0_kb = pid, path, tmp0_kb
        self.base_kb, self.memory_mb = base_kb, memory_mb
        self.files_kb = 0
        self.total_kb = 0

    def read(self) -> str | None:
        """Take a reading; why the run is over its budget at it (:func:`over_budget`), else None."""
        held = tmpfs_held_kb(self.path) - self.tmp0_kb
        if held <= 0:  # nothing held: resident size alone, which its high-water mark and RLIMIT_AS already bound
            return None
        self.files_kb = max(self.files_kb, held)
        rss = read_status_kb(self.pid, b"VmRSS")
        if rss is not None:
            self.total_kb = max(self.total_kb, rss + held)
        added = held if rss is None or self.base_kb is None else rss + held - self.base_kb
        return over_budget(added, self.files_kb, self.memory_mb)


def count_files(reply: dict, swept_kb: int, memory_mb: int) -> None:
    """Add the run's files to its peak in *reply* (``files_kb``, ``peak_kb``), and make a finished run over its
    budget the memory limit.  *swept_kb*: what the clean-up removed.  What /tmp held at the end reading counts its
    open, unlinked files too, which the clean-up cannot find; the most seen at the readings while the child worked
    (:class:`FilesSeen`, with its resident size then) counts the files it let go before it returned."""
    files_kb = max(swept_kb, reply.pop("_tmp_kb", 0))
    seen_kb, seen_total_kb = reply.pop("_seen_kb", 0), reply.pop("_seen_total_kb", 0)
    reply["files_kb"] = most_kb = max(files_kb, seen_kb)
    peak_kb, base_kb = reply.get("peak_kb"), reply.get("base_kb")
    if peak_kb is not None:
        reply["peak_kb"] = peak_kb = max(peak_kb + files_kb, seen_total_kb)
    reason = over_budget(added_kb(peak_kb, base_kb, most_kb), most_kb, memory_mb)
    if reply["status"] == "done" and reason is not None:
        reply.update(status="memory", reason=reason)


def added_kb(peak_kb: int | None, base_kb: int | None, files_kb: int) -> int:
    """What a run added to its baseline, heap and files, checked against its budget; with no peak or no baseline
    (the kernel refused the reset), its files alone are what we know it held."""
    return files_kb if peak_kb is None or base_kb is None else peak_kb - base_kb


def over_budget(added: int, files_kb: int, memory_mb: int) -> str | None:
    """Why a run that added *added* KiB is over its budget (the memory-limit outcome), or None within it: the rule
    the worker applies at its readings while the child works (stopping it there: with files it can hold kernel
    memory faster than any time limit bounds, 30,000 empty files a second in the process runner's /tmp) and at its
    end."""
    if added <= memory_mb << 10:
        return None
    return f"held up to {files_kb} KiB of files besides its heap, over its {memory_mb} MB budget"


def proc_state(pid: int) -> bytes | None:
    """The process's scheduler state letter (R, S, D, Z, ...), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def dead(pid: int) -> bool:
    return proc_state(pid) in (None, b"Z", b"X")


def dies_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not dead(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.002)
    return True


def settled_cpu(pid: int, patience: float) -> int | None:
    """The child's CPU clock once it sleeps (only then has the kernel folded in its latest slice); None if it does
    not go to sleep within *patience* seconds."""
    deadline = time.monotonic() + patience
    while True:
        state = proc_state(pid)
        if state is None:
            return None
        if state in (b"S", b"D"):
            return read_cpu_ns(pid)
        if time.monotonic() >= deadline:
            return None
        time.sleep(0)


def read_with_deadline(fd: int, n: int | None, deadline: float, pid: int) -> bytes:
    """Read *n* bytes (or one whole frame when n is None) before *deadline*, while the child lives."""
    buf = bytearray()
    need = n if n is not None else wire.HEADER_SIZE
    while len(buf) < need:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if not select.select([fd], [], [], min(left, POLL))[0]:
            if dead(pid):
                break
            continue
        chunk = os.read(fd, need - len(buf))
        if not chunk:
            break
        buf += chunk
        if n is None and need == wire.HEADER_SIZE and len(buf) == need:
            need += wire.frame_length(bytes(buf))
    return bytes(buf if n is not None else buf[wire.HEADER_SIZE:])


def kill(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except (ProcessLookupError, PermissionError):
            pass


def describe_death(reply: dict, status: int | None) -> None:
    """How a child that died ended: the signal that killed it, or its exit code."""
    if status is None:
        return
    if os.WIFSIGNALED(status):
        reply["signal"] = os.WTERMSIG(status)
    elif os.WIFEXITED(status):
        reply["exit_code"] = os.WEXITSTATUS(status)
