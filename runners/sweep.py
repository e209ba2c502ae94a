"""Cleaning up after a run where the child shares the worker's uid (an unprivileged container user).

There the child can write wherever the worker can, so after every run the writable area goes back to exactly what it
was: the work root and the count dir, empty, with their modes.
"""
from __future__ import annotations

import os
import stat


class Sweep:
    """Return the writable area (the work root's parent, e.g. a container's private /tmp) to its state before the
    run: only the work root and the count dir, empty, with their modes.  We own everything the child could create or
    chmod, so we can always chmod it back and remove it."""

    def __init__(self, workroot: str, count_dir: str | None):
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
