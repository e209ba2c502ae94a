"""Cleaning up after a run where the child shares the worker's uid (an unprivileged container user).

There the child can write wherever the worker can, so after every run the writable area goes back to exactly what it
was: the work root and the count dir, empty, with their modes; and no SysV IPC object (shared memory, message queue,
semaphore) it made survives into the next run.  (A container's IPC limits are zero, so it cannot make any; the
process sandbox's counting worker has a private IPC namespace of its own but no such limits.)
"""
from __future__ import annotations

import os
import stat


class Sweep:
    """Return the writable area (the work root's parent, e.g. a container's private /tmp) to its state before the
    run: only the work root and the count dir, empty, with their modes.  We own everything the child could create or
    chmod, so we can always chmod it back and remove it."""

    def __init__(self, workroot: str, count_dir: str | None, libc=None):
        self.libc = libc
        self.top = os.path.dirname(workroot)
        self.keep = {p: stat.S_IMODE(os.stat(p).st_mode) for p in (self.top, workroot, count_dir) if p}

    def __call__(self) -> None:
        for path, mode in self.keep.items():
            st = os.lstat(path) if os.path.lexists(path) else None
            if st is None or not stat.S_ISDIR(st.st_mode):
                _wipe(path)
                os.mkdir(path)
            os.chmod(path, mode)
            for name in os.listdir(path):
                entry = os.path.join(path, name)
                if entry not in self.keep:
                    _wipe(entry)
        if self.libc is not None:
            _remove_ipc_objects(self.libc)


IPC_RMID = 0


def _remove_ipc_objects(libc) -> None:
    """Remove every SysV IPC object of our IPC namespace (all of them are ours: the namespace is the worker's)."""
    removers = {"shm": lambda i: libc.shmctl(i, IPC_RMID, None), "msg": lambda i: libc.msgctl(i, IPC_RMID, None),
                "sem": lambda i: libc.semctl(i, 0, IPC_RMID)}
    for kind, remove in removers.items():
        try:
            with open(f"/proc/sysvipc/{kind}") as fh:
                rows = fh.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            if remove(int(row.split()[1])) != 0:
                raise OSError(f"cannot remove SysV {kind} object {row.split()[1]}")


def _wipe(path: str) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(st.st_mode):
        os.chmod(path, 0o700)
        for name in os.listdir(path):
            _wipe(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.unlink(path)
