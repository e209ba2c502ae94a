"""Profiles in a run directory (effbench/profiling/store.py), read and written through the run store: files only,
no sandbox.  The profiles are built by hand; what a profiler makes of a real run is tests/test_profiles.py's."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from effbench.measuring.run_dir import LOCK_FILE
from effbench.measuring.store import RunStore
from effbench.profiling import store as profile_store
from effbench.profiling.model import Arc, Function, Profile, ProfileError
from effbench.profiling.report import task_profiles


def profile(key: str, subject: str = "sample", total: float = 10.0, status: str = "ok") -> Profile:
    functions = [Function("main", "main", "a.py", 4.0, total, 1), Function("list.index", "list_index", "", 6.0, 6.0, 3)]
    return Profile("t", subject, key, "m" if subject == "sample" else "", "0" if subject == "sample" else "", 1, 0,
                   "instructions", "callgrind", "callgrind", "instructions", status, "" if status == "ok" else "died",
                   total, functions if status == "ok" else [], [Arc(0, 1, 3, 6.0)] if status == "ok" else [])


def tree(run: Path) -> dict[str, bytes]:
    return {str(p.relative_to(run)): p.read_bytes() for p in sorted(run.rglob("*")) if p.is_file()}


def test_saved_profiles_read_back_and_a_second_save_replaces_by_id_only(tmp_path):
    expert, sample = profile("ref:fast", "expert"), profile("m/0")
    entries = profile_store.save(tmp_path, [expert, sample], {("t", 1, 0): expert.ident})
    assert [e["id"] for e in entries] == [expert.ident, sample.ident]
    index = profile_store.load_index(tmp_path)
    assert index["format"] == "effbench-profiles" and index["profiles"] == entries
    assert entries[1]["expert"] == expert.ident and "expert" not in entries[0]
    for e, p in zip(entries, (expert, sample)):
        assert profile_store.load_profile(tmp_path, e) == p
        assert set(e["files"]) == {"profile", "speedscope", "callgrind"}
        assert all((tmp_path / "profiles" / name).is_file() for name in e["files"].values())
    again = profile("m/0", total=20.0)
    failed = profile("m/1", status="failed")
    profile_store.save(tmp_path, [again, failed], {})
    index = profile_store.load_index(tmp_path)
    assert [e["id"] for e in index["profiles"]] == [expert.ident, sample.ident, failed.ident]
    assert profile_store.load_profile(tmp_path, index["profiles"][1]).total == 20.0
    assert set(index["profiles"][2]["files"]) == {"profile"}  # a failed profile has nothing to export
    assert not list(tmp_path.rglob("*.tmp"))  # every write replaced its file whole


def test_every_profile_file_is_written_by_the_run_store(tmp_path, monkeypatch):
    """The run store is the one writer of a run directory: whatever save() leaves there, the store wrote."""
    written: list[str] = []
    real = RunStore.write_text

    def spy(self, name, text):
        written.append(name)
        return real(self, name, text)

    monkeypatch.setattr(RunStore, "write_text", spy)
    profile_store.save(tmp_path, [profile("ref:fast", "expert"), profile("m/0")], {})
    # 2 x (profile, speedscope, callgrind), index; and the store's lock, held while it writes
    assert set(tree(tmp_path)) == set(written) | {LOCK_FILE} and len(written) == 7


def test_nothing_profiled_is_an_empty_index_and_reading_writes_nothing(tmp_path):
    assert profile_store.load_index(tmp_path)["profiles"] == []
    assert task_profiles(tmp_path, "t") == [] and task_profiles(None, "t") == []
    profile_store.save(tmp_path, [profile("ref:fast", "expert"), profile("m/0")], {})
    before = tree(tmp_path)
    views = task_profiles(tmp_path, "t")
    assert [v["sample"] for v in views] == ["0"] and views[0]["failed"] == ""
    assert tree(tmp_path) == before


@pytest.mark.parametrize("text, says", [
    ("{", "invalid JSON"),
    ("[]", "not an effbench-profiles version 1 index"),
    ('"profiles"', "not an effbench-profiles version 1 index"),
    ('{"format": "effbench-profiles", "version": 2, "profiles": []}', "not an effbench-profiles version 1 index"),
    ('{"format": "effbench-profiles", "version": 1, "profiles": null}', "(profiles: null is not of type \"array\")"),
    ('{"format": "effbench-profiles", "version": 1, "profiles": [1]}', "(profiles[0]: 1 is not of type \"object\")"),
    ('{"format": "effbench-profiles", "version": 1, "profiles": [{"id": "a"}]}', "profiles[0]: \"task\" is a required"),
])
def test_a_bad_index_is_one_line_naming_the_file_and_the_report_shows_it(tmp_path, text, says):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "index.json").write_text(text)
    with pytest.raises(ProfileError) as info:
        profile_store.load_index(tmp_path)
    message = str(info.value)
    assert says in message and str(tmp_path / "profiles" / "index.json") in message and "\n" not in message
    assert task_profiles(tmp_path, "t") == [{"index_failed": message}]
    with pytest.raises(ProfileError):  # and profiling again does not overwrite what it cannot read
        profile_store.save(tmp_path, [profile("m/0")], {})
    assert (tmp_path / "profiles" / "index.json").read_text() == text


@pytest.mark.parametrize("text, says", [
    ("not json", "invalid JSON"),
    ('{"format": "effbench-profile", "version": 1}', "unreadable"),
    ('{"format": "other", "version": 1}', "unreadable (not an effbench-profile version 1 file)"),
    ("[1]", "unreadable"),
])
def test_a_bad_profile_file_is_a_failed_view_not_a_crash(tmp_path, text, says):
    sample = profile("m/0")
    entry, = profile_store.save(tmp_path, [sample], {})
    (tmp_path / "profiles" / entry["files"]["profile"]).write_text(text)
    with pytest.raises(ProfileError, match=re.escape(says)):
        profile_store.load_profile(tmp_path, entry)
    view, = task_profiles(tmp_path, "t")
    assert says in view["failed"] and "\n" not in view["failed"]


def _set(*path_and_value):
    *path, value = path_and_value

    def change(doc: dict) -> None:
        for key in path[:-1]:
            doc = doc[key]
        doc[path[-1]] = value
    return change


MISTYPED = {
    "a cost that is a string": (_set("functions", 0, "inclusive", "many"), "functions[0].inclusive"),
    "a total that is a string": (_set("total", "x"), "total"),
    "a total that is NaN": (_set("total", float("nan")), "total"),
    "negative calls": (_set("functions", 0, "calls", -5), "functions[0].calls"),
    "a name that is a list": (_set("functions", 0, "name", [1]), "functions[0].name"),
    "functions an object": (_set("functions", {}), "functions"),
    "an arc's caller a string": (_set("arcs", 0, "caller", "a"), "arcs[0].caller"),
    "an arc to no function": (_set("arcs", 0, "callee", 99), "arcs[0]"),
}


@pytest.mark.parametrize("damage", sorted(MISTYPED))
def test_a_profile_file_with_a_field_of_another_shape_is_a_failed_view_naming_it(tmp_path, damage):
    """The report divides, compares and indexes by these fields: each was a TypeError or IndexError that ended
    the HTML report (the profile file is checked against profile.schema.json, as the index's schema says)."""
    change, field = MISTYPED[damage]
    expert, = profile_store.save(tmp_path, [profile("ref:fast", "expert")], {})
    entry, = profile_store.save(tmp_path, [profile("m/0")], {("t", 1, 0): expert["id"]})
    path = tmp_path / "profiles" / entry["files"]["profile"]
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    view, = task_profiles(tmp_path, "t")
    assert f"unreadable ({field}" in view["failed"] and "\n" not in view["failed"], view["failed"]


def test_the_saved_index_is_json_with_one_entry_per_profile(tmp_path):
    profile_store.save(tmp_path, [profile("m/0"), profile("m/1")], {})
    index = json.loads((tmp_path / "profiles" / "index.json").read_text())
    assert len(index["profiles"]) == 2 and index["version"] == 1


GOOD_ENTRY = {"id": "p1", "task": "t1", "subject": "sample", "key": "m/t1/0", "model": "m", "sample_id": "0",
              "level": 2, "test": 0, "profiler": "cprofile", "status": "ok", "reason": "",
              "files": {"profile": "p1.json"}, "expert": None}


@pytest.mark.parametrize("entries, says", [
    ([{**GOOD_ENTRY, "files": {}}], "profiles[0].files: \"profile\" is a required property"),
    ([{**GOOD_ENTRY, "files": {"profile": "../run.json"}}], 'profiles[0].files.profile: "../run.json" does not match'),
    ([GOOD_ENTRY, {**GOOD_ENTRY, "id": "p2", "model": None}], "profiles[1].model: null is not of type \"string\""),
    ([{**GOOD_ENTRY, "id": []}], "profiles[0].id: [] is not of type \"string\""),
    ({"format": "effbench-profiles", "version": 2}, "not an effbench-profiles version 1 index"),
])
def test_an_index_effbench_did_not_write_is_said_in_the_html_report(tmp_path, entries, says):
    """An index's entries were used as they were: an entry without its files, of an unhashable id or with a null
    model ended effbench report --format html in KeyError or TypeError, an entry naming ../run.json had it read as
    a profile, and an index that could not be read at all in jinja2's UndefinedError (the template had no place for
    the failed view it was given).  The report is made, saying why the profiles are not shown."""
    from click.testing import CliRunner

    from effbench.cli.main import main

    from .test_compare import fake_run
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0, "t2": 1.2}})
    (run / "profiles").mkdir()
    index = entries if isinstance(entries, dict) else {"format": "effbench-profiles", "version": 1,
                                                       "profiles": entries}
    (run / "profiles" / "index.json").write_text(json.dumps(index))
    res = CliRunner().invoke(main, ["report", str(run), "--format", "html", "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 0, (res.exception, res.stderr)
    page = html.unescape((tmp_path / "r.html").read_text())
    assert f"profiles not shown: {run / 'profiles' / 'index.json'}: not an effbench-profiles" in page
    assert says in page
