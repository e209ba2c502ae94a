"""Cleaning up after a run: the work dir always, and everything writable where the child shares the worker's uid.

Where the child shares the worker's uid (an unprivileged container user, or the process sandbox's counting worker)
it can write wherever the worker can, so after every run the writable area goes back to exactly what it was: the
work root and the count dir, empty, with their modes, no extended attributes and their first timestamps; and no SysV
IPC object (shared memory, message queue, semaphore) it made survives into the next run.  (A container's IPC limits
are zero, so it cannot make any; the process sandbox's counting worker has a private IPC namespace of its own but no
such limits.)

Whatever a sample leaves must not make the cleanup fail (a failure would look like the worker's, not the sample's):
:func:`wipe` removes any tree iteratively with two descriptors open, whatever its depth, width, modes or file types,
and says how many bytes it held, which count in the run's memory (:mod:`executor`).
"""
from __future__ import annotations

import os
import stat

DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class Sweep:
    """Return the writable area (the work root's parent, e.g. a container's private /tmp) to its state before the
    run: only the work root and the count dir, empty, with their modes and timestamps, and no extended attributes.
    We own everything the child could create or chmod, so we can always chmod it back and remove it."""

    def __init__(self, workroot: str, count_dir: str | None, libc=None):
        self.libc = libc
        self.top = os.path.dirname(workroot)
        self.keep = {}
        for p in (self.top, workroot, count_dir):
            if p:
                st = os.stat(p)
                self.keep[p] = (stat.S_IMODE(st.st_mode), (st.st_atime_ns, st.st_mtime_ns))

    def __call__(self) -> int:
        """Clean up; returns the bytes the removed files held."""
        held = 0
        for path, (mode, _) in self.keep.items():
            st = os.lstat(path) if os.path.lexists(path) else None
            if st is None or not stat.S_ISDIR(st.st_mode):
                held += wipe(path)
                os.mkdir(path)
            os.chmod(path, mode)
            for name in os.listdir(path):
                entry = os.path.join(path, name)
                if entry not in self.keep:
                    held += wipe(entry)
        for path, (_, times) in self.keep.items():  # after every removal, which moves the parents' times
            for name in os.listxattr(path, follow_symlinks=False):
                if name.startswith("user."):  # the only namespace an unprivileged process can write
                    os.removexattr(path, name, follow_symlinks=False)
            os.utime(path, ns=times, follow_symlinks=False)
        if self.libc is not None:
            _remove_ipc_objects(self.libc)
        return held


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


def wipe(path: str) -> int:
    """Remove *path*, whatever it is; returns the bytes its files held (each inode once).

    Not recursive: it walks down one directory at a time and back up through "..", holding one descriptor and a list
    of names, so depth costs neither stack nor descriptors, and paths never grow long.  (The sample is dead by now:
    nothing moves the tree meanwhile.)  Modes are put back to ours on the way down."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return 0
    if not stat.S_ISDIR(st.st_mode):
        os.unlink(path)
        return _held(st)
    os.chmod(path, 0o700)
    held, names = st.st_blocks * 512, []
    fd = os.open(path, DIR_FLAGS)
    try:
        while True:
            child = None
            for entry in os.scandir(fd):
                if entry.is_dir(follow_symlinks=False):
                    child = entry.name
                    continue
                held += _held(entry.stat(follow_symlinks=False))
                os.unlink(entry.name, dir_fd=fd)
            if child is not None:  # down into one subdirectory
                os.chmod(child, 0o700, dir_fd=fd)
                nxt = os.open(child, DIR_FLAGS, dir_fd=fd)
                held += os.fstat(nxt).st_blocks * 512
                os.close(fd)
                fd = nxt
                names.append(child)
                continue
            if not names:
                break
            up = os.open("..", DIR_FLAGS, dir_fd=fd)  # this one is empty: up, and remove it
            os.close(fd)
            fd = up
            os.rmdir(names.pop(), dir_fd=fd)
    finally:
        os.close(fd)
    os.rmdir(path)
    return held


def _held(st: os.stat_result) -> int:
    """Bytes a file held, counted when its last link goes."""
    return st.st_blocks * 512 if st.st_nlink <= 1 else 0


def dump_file(path: str) -> os.stat_result | None:
    """The dump file's status while it is still the one made for valgrind: a regular file open to writing by all.
    Otherwise None (a child at our uid could chmod it, so that valgrind cannot write it and a forged count stays,
    or put anything in its place)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o666 else None


def wipe_dump(path: str | None) -> int:
    """Remove the dump file; the bytes of what the child put in its place (counted as its files), else 0."""
    theirs = path is not None and dump_file(path) is None
    removed = wipe(path) if path is not None else 0
    return removed if theirs else 0


def discard_dump(path: str) -> str:
    """Make *path* a link to /dev/null, so that the dump callgrind writes there is thrown away: the dumps that only
    mark where a count starts (effbench.sandbox.process.CALLGRIND), which nothing reads and which must neither fill
    the count dir nor count among a child's files.  Called before the child's "go", when no code of the sample's has
    run: whatever is there is callgrind's (the child's dump on gc.freeze in its set-up can come before the link, or
    between our removal and the link), so it is removed and the link made again, and it is never charged.  After
    "go" the sample may put something in the link's place: that counts among its files (:func:`wipe_discarded`)."""
    while True:  # ends: before "go" callgrind makes each dump once
        wipe(path)
        try:
            os.symlink(os.devnull, path)
            return path
        except FileExistsError:
            continue


def wipe_discarded(path: str) -> int:
    """Remove a link :func:`discard_dump` made; the bytes of what the child put in its place (a child at our uid
    can), counted as its files, else 0."""
    try:
        ours = os.readlink(path) == os.devnull
    except OSError:
        ours = not os.path.lexists(path)
    removed = wipe(path)
    return 0 if ours else removed


def fresh_dir(parent: str, prefix: str) -> str:
    """A new directory *prefix*<n> in *parent*, the first n free: the work root, in the sandbox's /tmp, the worker's
    own (tempfile's random name is not needed there, and importing tempfile cost a counting worker's start under
    callgrind more than its work)."""
    n = 0
    while True:
        path = os.path.join(parent, f"{prefix}{n}")
        try:
            os.mkdir(path, 0o700)
            return path
        except FileExistsError:
            n += 1
