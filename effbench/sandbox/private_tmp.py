"""A private /tmp for a counting worker that runs as ``nobody``, as the docker runner's container user does.

Instruction counts depend on the heap a child starts from, and a worker that runs as root leaves a slightly
different one (tens of instructions on some samples) from a worker run by an unprivileged user, which is what a
container is.  So the process sandbox runs its *counting* worker as nobody too (``setpriv`` inside bubblewrap), and
gives it what the container gives: a /tmp on tmpfs that belongs to nobody (mode 0700) and holds the count directory.
bubblewrap's own ``--tmpfs`` belongs to root (and cannot be noexec), so the directory is a tmpfs of its own,
mounted on the host's /dev/shm and bound in.  Not root, nothing can be mounted on the host: the worker mounts the
same tmpfs over its /tmp itself (:func:`mounting_in_sandbox`).
It is removed when the worker ends; directories of effbench processes that died are removed at the next start.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from effbench.errors import InfrastructureError
from effbench.sandbox import owned_dirs
from effbench.sandbox.base import WRITABLE_MB

NOBODY = (65534, 65534)
ROOT = Path("/dev/shm")
PREFIX = "effbench-tmp-"
COUNT_DIR = "effbench-count"


def create(slot: int) -> Path:
    """A fresh directory owned by nobody (0700) with ``effbench-count`` (0755) in it, as docker's tmpfs plus the
    launcher's ``--dir`` make them."""
    reap_stale()
    path = owned_dirs.make(PREFIX, ROOT if ROOT.is_dir() else Path(tempfile.gettempdir()), f"{slot}-")
    if os.geteuid() == 0:
        _mount_tmpfs(path)
    os.mkdir(path / COUNT_DIR, 0o755)
    if os.geteuid() == 0:  # not root: ours already, and bubblewrap's user namespace shows our uid as nobody's
        for p in (path / COUNT_DIR, path):
            os.chown(p, *NOBODY)
    os.chmod(path, 0o700)
    return path


def _mount_tmpfs(path: Path) -> None:
    """Its own tmpfs, bounded and mounted noexec as docker mounts the container's /tmp: a sample under valgrind must
    not map a file it wrote as executable (runners/syscalls.py says why); bwrap's bind keeps the flags.  Only root
    can mount one on the host: unprivileged, the worker mounts the same over it in the sandbox
    (:func:`mounting_in_sandbox`)."""
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={WRITABLE_MB}m,noexec,nosuid,nodev,mode=700",
                           "effbench-tmp", str(path)], capture_output=True, text=True)
    if done.returncode:
        remove(path)
        raise InfrastructureError(f"instruction counting: cannot mount the worker's private /tmp at {path} "
                                  f"({done.stderr.strip() or done.returncode})")


def remove(path: Path | None) -> None:
    if path is not None:
        subprocess.run(["umount", "--lazy", str(path)], capture_output=True)  # not mounted (any more): fine
        shutil.rmtree(path, ignore_errors=True)  # as root: whatever modes a sample left behind


def reap_stale() -> None:
    """Remove private /tmp directories whose effbench process is gone (a run killed with SIGKILL)."""
    owned_dirs.reap(PREFIX, (ROOT, Path(tempfile.gettempdir())), remove)


# Run inside bubblewrap before the worker, when not root (argv: the worker's command line).  bubblewrap's mount
# namespace belongs to an outer user namespace, out of reach; a mount namespace of its own is not, with the
# CAP_SYS_ADMIN that bubblewrap leaves in the sandbox's user namespace (--cap-add).  The capabilities are then
# cleared (ambient: none survive the exec of a non-root uid) and the worker exec'd with the same argv, environment,
# uid and working directory as without it: the same heap, hence the same counts.
_MOUNT_PROGRAM = f"""
import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
def done(result, what):
    if result != 0:
        sys.exit("effbench: cannot make the counting worker's private /tmp: " + what + ": "
                 + os.strerror(ctypes.get_errno()))
done(libc.unshare(0x20000), "unshare(CLONE_NEWNS)")
done(libc.mount(b"effbench-tmp", b"/tmp", b"tmpfs", 0x2 | 0x4 | 0x8, b"size={WRITABLE_MB}m,mode=700"), "mount")
os.mkdir("/tmp/{COUNT_DIR}")
os.chmod("/tmp/{COUNT_DIR}", 0o755)
os.chdir("/tmp")
done(libc.prctl(47, 4, 0, 0, 0), "PR_CAP_AMBIENT_CLEAR_ALL")
os.execvp(sys.argv[1], sys.argv[1:])
"""


def mounting_in_sandbox(python: str) -> tuple[list[str], list[str]]:
    """bubblewrap's options and the command prefix that give an unprivileged counting worker a private /tmp as
    root's: a bounded tmpfs of nobody's, noexec (MS_NOSUID | MS_NODEV | MS_NOEXEC), holding the count directory."""
    return ["--cap-add", "CAP_SYS_ADMIN"], [python, "-s", "-S", "-c", _MOUNT_PROGRAM]
