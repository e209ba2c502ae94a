"""Profiles in the run directory, ``RUN/profiles/``:

* ``index.json`` -- ``{"format": "effbench-profiles", "version": 1, "profiles": [entry...]}``, one entry per profile
  (id, task, subject, key, model, sample_id, level, test, profiler, status, reason, the expert profile's id for a
  sample, and the files);
* ``<id>.json`` -- the profile itself (``effbench/schemas/profile.schema.json``);
* ``<id>.speedscope.json`` -- for https://www.speedscope.app (drag the file in);
* ``callgrind.out.<id>`` -- for KCachegrind / QCachegrind.

Profiling again replaces the profiles with the same id and keeps the others.  The files are read and written through
the run store (:class:`~effbench.measuring.store.RunStore`), the one reader and writer of a run directory: writes
are atomic, and a reader (the HTML report) opens it read-only.
"""
from __future__ import annotations

from pathlib import Path

from effbench.measuring.store import RunStore
from effbench.schema_check import first_problem

from . import exports
from .model import Profile, ProfileError

DIR = "profiles"
INDEX = f"{DIR}/index.json"
INDEX_FORMAT = "effbench-profiles"
INDEX_VERSION = 1


def load_index(run_dir: Path) -> dict:
    """The run's profile index (empty if nothing was profiled); one ProfileError line if it cannot be read."""
    store = RunStore(run_dir, readonly=True)
    if not store.has(INDEX):
        return {"format": INDEX_FORMAT, "version": INDEX_VERSION, "profiles": []}
    index = store.read_json(INDEX, ProfileError)
    # schemas/profile-index.schema.json: its format and version, and its entries, which the report sorts and looks
    # up by their fields and whose files it opens (a list where an entry was, an entry without its files, was a
    # traceback)
    problem = first_problem(index, "profile-index")
    if problem:
        raise ProfileError(f"{store.root / INDEX}: not an {INDEX_FORMAT} version {INDEX_VERSION} index ({problem})")
    return index


def save(run_dir: Path, profiles: list[Profile], experts: dict[tuple[str, int, int], str]) -> list[dict]:
    """Write the profiles, their exports and the updated index; returns the new index entries."""
    with RunStore(run_dir).locked() as store:  # the index is read, changed and written by one command at a time
        index = load_index(run_dir)
        entries = []
        for p in profiles:
            files = {"profile": f"{p.ident}.json"}
            store.write_json(f"{DIR}/{files['profile']}", p.to_dict(), indent=1)
            if p.status == "ok":
                files["speedscope"] = f"{p.ident}.speedscope.json"
                files["callgrind"] = f"callgrind.out.{p.ident}"
                store.write_json(f"{DIR}/{files['speedscope']}", exports.speedscope(p), indent=None)
                store.write_text(f"{DIR}/{files['callgrind']}", exports.callgrind(p))
            entry = {"id": p.ident, "task": p.task, "subject": p.subject, "key": p.key, "model": p.model,
                     "sample_id": p.sample_id, "level": p.level, "test": p.test, "profiler": p.profiler,
                     "status": p.status, "reason": p.reason, "files": files}
            if p.subject == "sample":
                entry["expert"] = experts.get((p.task, p.level, p.test))
            entries.append(entry)
        new = {e["id"] for e in entries}
        index["profiles"] = [e for e in index["profiles"] if e["id"] not in new] + entries
        store.write_json(INDEX, index, indent=1)
        return entries


def load_profile(run_dir: Path, entry: dict) -> Profile:
    """One stored profile; one ProfileError line naming its file if it cannot be read (the report shows it)."""
    store = RunStore(run_dir, readonly=True)
    name = f"{DIR}/{entry['files']['profile']}"
    data = store.read_json(name, ProfileError)
    try:
        profile = Profile.from_dict(data)
    except (ProfileError, ValueError, KeyError, TypeError) as exc:  # a wrong format, a field missing
        raise ProfileError(f"{store.root / name}: unreadable ({exc})") from None
    # its fields' shapes too (schemas/profile.schema.json): the report divides, compares and indexes by them, and a
    # cost that is a string or an arc to no function was a TypeError or IndexError that ended the HTML report
    problem = first_problem(data, "profile") or _arcs_problem(profile)
    if problem:
        raise ProfileError(f"{store.root / name}: unreadable ({problem})")
    return profile


def _arcs_problem(profile: Profile) -> str | None:
    """A rule across the profile's fields that its schema cannot say: an arc joins two of its functions."""
    for i, arc in enumerate(profile.arcs):
        if max(arc.caller, arc.callee) >= len(profile.functions):
            return f"arcs[{i}]: a function that is not in functions"
    return None
