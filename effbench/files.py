"""Writing a file whole or not at all: the one home of that rule for every writer of effbench's own files.

A file written in place and cut short (a kill, a full disk, Ctrl-C) is left truncated, and the next reader takes
it for broken input: a run directory's ``run.json``, a task's ``tiers.json`` that every run of the task then refuses.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_text_atomic(path: Path, text: str) -> None:
    """Write *text* (UTF-8) to *path* through a temporary file in the same folder and :func:`os.replace` (atomic
    within one file system, so the folder, not another one), so that a reader or a kill sees the old file or the
    new one, never half of one.  The temporary file is the process's own (two processes writing one file, as two
    ``effbench generate`` of one samples file, never write into each other's).  A failed write removes it and
    raises its :class:`OSError`: the caller knows what the file is and says so in one line."""
    path = Path(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
