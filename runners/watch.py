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

import wire

POLL = 0.05  # how often a silent child is checked for being dead


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
    (100,000 empty files, 99 MB, read as nothing).  Files it let go before it returned are not in it: README,
    "Memory", says what the peak counts and what it does not."""
    st = os.statvfs(path)
    return ((st.f_blocks - st.f_bfree) * st.f_frsize >> 10) + (st.f_files - st.f_ffree) * INODE_KB


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
