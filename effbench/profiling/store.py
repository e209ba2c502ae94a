"""Profiles in the run directory, ``RUN/profiles/``:

* ``index.json`` -- ``{"format": "effbench-profiles", "version": 1, "profiles": [entry...]}``, one entry per profile
  (id, task, subject, key, model, sample_id, level, test, profiler, status, reason, the expert profile's id for a
  sample, and the files);
* ``<id>.json`` -- the profile itself (``effbench/schemas/profile.schema.json``);
* ``<id>.speedscope.json`` -- for https://www.speedscope.app (drag the file in);
* ``callgrind.out.<id>`` -- for KCachegrind / QCachegrind.

Profiling again replaces the profiles with the same id and keeps the others.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import exports
from .model import Profile, ProfileError

DIR = "profiles"
INDEX_FORMAT = "effbench-profiles"
INDEX_VERSION = 1


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def load_index(run_dir: Path) -> dict:
    path = Path(run_dir) / DIR / "index.json"
    if not path.is_file():
        return {"format": INDEX_FORMAT, "version": INDEX_VERSION, "profiles": []}
    try:
        index = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise ProfileError(f"{path}: unreadable ({exc})") from None
    if index.get("format") != INDEX_FORMAT or index.get("version") != INDEX_VERSION:
        raise ProfileError(f"{path}: not an {INDEX_FORMAT} version {INDEX_VERSION} index")
    return index


def save(run_dir: Path, profiles: list[Profile], experts: dict[tuple[str, int, int], str]) -> list[dict]:
    """Write the profiles, their exports and the updated index; returns the new index entries."""
    folder = Path(run_dir) / DIR
    folder.mkdir(exist_ok=True)
    index = load_index(run_dir)
    entries = []
    for p in profiles:
        files = {"profile": f"{p.ident}.json"}
        _write(folder / files["profile"], json.dumps(p.to_dict(), indent=1) + "\n")
        if p.status == "ok":
            files["speedscope"] = f"{p.ident}.speedscope.json"
            files["callgrind"] = f"callgrind.out.{p.ident}"
            _write(folder / files["speedscope"], json.dumps(exports.speedscope(p)) + "\n")
            _write(folder / files["callgrind"], exports.callgrind(p))
        entry = {"id": p.ident, "task": p.task, "subject": p.subject, "key": p.key, "model": p.model,
                 "sample_id": p.sample_id, "level": p.level, "test": p.test, "profiler": p.profiler,
                 "status": p.status, "reason": p.reason, "files": files}
        if p.subject == "sample":
            entry["expert"] = experts.get((p.task, p.level, p.test))
        entries.append(entry)
    new = {e["id"] for e in entries}
    index["profiles"] = [e for e in index["profiles"] if e["id"] not in new] + entries
    _write(folder / "index.json", json.dumps(index, indent=1) + "\n")
    return entries


def load_profile(run_dir: Path, entry: dict) -> Profile:
    path = Path(run_dir) / DIR / entry["files"]["profile"]
    try:
        return Profile.from_dict(json.loads(path.read_text()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProfileError(f"{path}: unreadable ({exc})") from None
