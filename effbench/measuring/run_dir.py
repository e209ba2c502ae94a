"""What a folder must be to take a run: the one rule of ``run --out``, the API's ``out`` and the run store.

Kept apart from the store (effbench/measuring/store.py), which reads and writes what is in a run directory: this
says only which folders may become one.  A run directory under way holds the lock file and, for a moment, the
temporary file of a ``run.json`` being written (:func:`effbench.files.is_temporary`); a second command that finds
it so is refused by the lock ("in use by another effbench command"), not here.
"""
from __future__ import annotations

import os
from pathlib import Path

from effbench import files
from effbench.measuring.record_file import StoreError

LOCK_FILE = ".lock"  # the run directory's lock (measuring/store.py): held by the one command writing into it


def check_out(path: Path, option: str) -> None:
    """A run goes into a new folder, an empty one or a run directory of its own (resumed): any other folder is
    refused before anything is measured.  A run writes samples.jsonl, tasks.json... into its folder and makes it
    private (0700), so ``--out .`` (or ``--out ''``, an unset variable, which click reads as ``.``) where the user
    keeps a samples.jsonl replaced it."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{option} {path}: exists and is not a directory")
    if path.is_dir() and not (path / "run.json").is_file():
        held = sorted(name for name in os.listdir(path) if name != LOCK_FILE and not files.is_temporary(name))
        if held:
            more = f" and {len(held) - 1} more" if len(held) > 1 else ""
            raise StoreError(f"{option} {path}: is not a run directory (it holds {held[0]}{more}, no run.json); "
                             "give a new or empty folder")


def identity_difference(before, now) -> str:
    """What differs between a stored run's identity field and this run's, which the run store refuses to resume:
    for settings, only the settings that changed (the whole dict made a line hundreds of characters long in which
    the one change was hard to find)."""
    if isinstance(before, dict) and isinstance(now, dict):
        changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        return ", ".join(f"{k} {before.get(k)!r} there, {now.get(k)!r} now" for k in changed)
    return f"{before} vs now {now}"
