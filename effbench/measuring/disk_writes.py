"""Writing a run directory's files: a write that fails is one line, and says whose fault it is.

Kept apart from the store (effbench/measuring/store.py), which decides what is written where; this decides only how
a refused write is reported, for the store and for the commands that write beside it (``complexity --out``).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from effbench import files
from effbench.measuring.record_file import StoreError

# Write failures that are the machine's, whatever the input: exit 3 (infrastructure), as a full disk under `tasks
# validate --costs-json` is.  Exit 2 says the input is wrong and was refused before anything was measured (README,
# exit codes), which a disk that fills an hour into a run is not.
MACHINE_WRITE_ERRORS = {errno.ENOSPC: "disk full", errno.EDQUOT: "disk quota exceeded", errno.EIO: "I/O error"}


class DiskError(StoreError):
    """A run directory's file the machine would not let be written (see MACHINE_WRITE_ERRORS)."""

    exit_code = 3


def write_refused(path: Path, exc: OSError, then: str = "", what: str = "") -> StoreError:
    """The one-line error for a failed write of *path* (any file a command writes, its outputs too): :class:`DiskError`
    where the machine refused it, else a :class:`StoreError` (a permission, a path that is not a folder: the user's
    to change).  *what* names the file after "cannot write", *then* is added to the line."""
    machine = MACHINE_WRITE_ERRORS.get(exc.errno or 0)
    error = DiskError if machine else StoreError
    return error(f"{path}: cannot write{' ' + what if what else ''} ({machine or exc.strerror or exc}){then}")


def disk_error(path: Path, exc: OSError) -> StoreError:
    """:func:`write_refused` of a run directory's file."""
    return write_refused(path, exc, "; finished measurements are kept, rerun to resume")


def write_text_atomic(path: Path, text: str) -> None:
    """:func:`effbench.files.write_text_atomic` of a run directory's file; a failed write is one line."""
    try:
        files.write_text_atomic(path, text)
    except OSError as exc:
        raise disk_error(path, exc) from None


def write_file(out: Path, text: str) -> None:
    """*text* written to the file *out* (an output a command was asked for), its folder made; a refused write is
    one line naming the file (:func:`write_refused`), never a traceback after the work."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
    except OSError as exc:
        raise write_refused(out, exc) from None


def append_whole(fd: int, data: bytes) -> None:
    """Append *data* (one line) to the file open at *fd* (O_APPEND), whole or not at all: when the disk refuses
    part of it, the part written is cut off again before the OSError is raised.  A line cut short would have been
    glued to the next one appended (a line no reader can take) and, buffered, written again at close, whose
    failure then replaced the one-line error with a traceback."""
    view, written = memoryview(data), 0
    try:
        while written < len(data):
            written += os.write(fd, view[written:])
    except OSError:
        if written:
            try:
                os.ftruncate(fd, os.fstat(fd).st_size - written)
            except OSError:
                pass  # left torn: the next run's open drops a torn last line (record_file.cut_torn_line)
        raise
