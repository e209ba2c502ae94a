"""Writing a file whole or not at all: the one home of that rule for every writer of effbench's own files.

A file written in place and cut short (a kill, a full disk, Ctrl-C) is left truncated, and the next reader takes
it for broken input: a run directory's ``run.json``, a task's ``tiers.json`` that every run of the task then refuses.
"""
from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

# The name of write_text_atomic's temporary file: the file's own name, the writing process's id, ".tmp".
_TEMPORARY = re.compile(r".+\.[0-9]+\.tmp")


def temporary_path(path: Path) -> Path:
    """Where :func:`write_text_atomic` writes *path* before renaming it into place."""
    return path.with_name(f"{path.name}.{os.getpid()}.tmp")


def is_temporary(name: str, of: str | None = None) -> bool:
    """Whether a file named *name* is the temporary file of a :func:`write_text_atomic` (one under way, or one a
    SIGKILL or a power cut left between its write and its rename): not a part of the folder it is in.  A task's
    content hash leaves such files out (:func:`effbench.tasks.task.hash_tree`), rather than the writer putting them
    elsewhere or a later command removing them: the rename is atomic only within one file system, and the task's
    own folder is the one place sure to be on the tiers.json's; and no later command can tell a dead writer's file
    from a live one's (a process id says nothing across machines sharing the folder or containers), nor should
    loading a task write into the author's folder."""
    if of is not None:  # that file's only: a task's own data file named like one (inputs.2024.tmp) is the author's
        return _TEMPORARY.fullmatch(name) is not None and name.rsplit(".", 2)[0] == of
    return _TEMPORARY.fullmatch(name) is not None


def write_text_atomic(path: Path, text: str) -> None:
    """Write *text* (UTF-8) to *path* through a temporary file in the same folder and :func:`os.replace` (atomic
    within one file system, so the folder, not another one), so that a reader or a kill sees the old file or the
    new one, never half of one.  The temporary file is the process's own (two processes writing one file, as two
    ``effbench generate`` of one samples file, never write into each other's).  A failed write removes it and
    raises its :class:`OSError`: the caller knows what the file is and says so in one line."""
    path = Path(path)
    tmp = temporary_path(path)
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
