"""Host directories named after the effbench process that made them, so that those of a process that died (a run
killed with SIGKILL never cleans up) are found and removed by the next one to make such a directory.  Which
processes are alive is seen from this pid namespace: two containers sharing one such folder would take each other's
directories for a dead process's."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def make(prefix: str, parent: Path, tag: str = "") -> Path:
    """A fresh private directory (0700) in *parent*, named ``<prefix><our pid>-<tag>...``."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-{tag}", dir=parent))


def reap(prefix: str, parents: Iterable[Path], remove: Callable[[Path], None]) -> None:
    """*remove* every directory in *parents* that :func:`make` named with *prefix* for a process that is gone."""
    for parent in set(parents):
        if not parent.is_dir():
            continue
        for entry in parent.glob(prefix + "*"):
            if entry.is_symlink():  # another user's, planted where everyone writes: never followed (umount would)
                continue
            try:
                pid = int(entry.name[len(prefix):].split("-")[0])
            except ValueError:
                continue
            if pid != os.getpid() and not _alive(pid):
                remove(entry)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
