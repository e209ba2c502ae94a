"""A run that measures (or resumes) holds where each subject's records are in records.jsonl and the parsed records
of the few subjects it works on, not every record (effbench/measuring/record_index.py): a resumed run of ten
thousand samples held all 700,000 of them.  What it reads back must be what it wrote, to the bit."""
from __future__ import annotations

import dataclasses
import gc

import pytest

from effbench.measuring.record_index import CACHED
from effbench.measuring.records import RunRecord
from effbench.measuring.store import RunStore, StoreError

from .scale_run import make_run


def _alive(besides: dict) -> int:
    """RunRecords alive in this process, other than *besides*'s."""
    gc.collect()
    mine = {id(r) for r in besides.values()}
    return sum(1 for o in gc.get_objects() if isinstance(o, RunRecord) and id(o) not in mine)


def _resumed(tmp_path):
    run = make_run(tmp_path / "a", per_model=8)
    store = RunStore(run)
    whole = {r.key: r for r in RunStore(run, readonly=True).read_records()}  # the file's records, a retry last
    store.open_for_run(store.read_meta(), [])
    return store, whole


def test_a_resumed_run_reads_back_each_record_holding_a_few_subjects_at_a_time(tmp_path):
    store, whole = _resumed(tmp_path)
    try:
        assert _alive(whole) == 0  # nothing parsed yet: only where each subject's lines are
        groups: dict[tuple, list] = {}
        for rec in whole.values():
            groups.setdefault((rec.task, rec.subject), []).append(rec)
        biggest = max(len(g) for g in groups.values())
        for (task, subject), recs in groups.items():  # a subject at a time, as the plan replays them
            assert [store.get(r.key) for r in recs] == recs
            assert store.runs(task, subject) == recs
        assert store.get(("t-a", "nobody", "level", 1, 0, 0)) is None and store.runs("t-a", "nobody") == []
        assert 0 < _alive(whole) <= CACHED * biggest
        assert len(whole) > 4 * CACHED * biggest  # the bound means something
    finally:
        store.close()


def test_what_a_run_appends_is_read_back_in_place_of_what_it_retried(tmp_path):
    store, whole = _resumed(tmp_path)
    try:
        infra = next(r for r in whole.values() if r.status == "infra" and r.subject.startswith("m"))
        order = [r.key for r in store.runs(infra.task, infra.subject)]
        retry = dataclasses.replace(infra, status="ok", detail="", correct=True, cpu_time=0.123456789012345)
        store.append(retry)
        fresh = RunRecord(infra.task, "m9/new", "cases", -1, 0, 0, "ok", 1e-3, 2e-3, 100, 50, "é \udc80", correct=True)
        store.append(fresh)
        for _ in range(2):  # held, then read again from the file once other subjects pushed them out
            assert store.get(retry.key) == retry and [r.key for r in store.runs(infra.task, infra.subject)] == order
            assert store.runs(fresh.task, fresh.subject) == [fresh]
            for task, subject in list(dict.fromkeys((r.task, r.subject) for r in whole.values()))[:CACHED + 1]:
                store.runs(task, subject)
    finally:
        store.close()
    again = RunStore(store.root)
    again.open_for_run(again.read_meta(), [])
    try:
        assert again.get(retry.key) == retry and again.runs(fresh.task, fresh.subject) == [fresh]
    finally:
        again.close()


BAD = r"records.jsonl:\d+: not a run record \(phase: 7 is not a string\)"


@pytest.mark.parametrize("replayed", [False, True])
def test_a_bad_line_stops_a_resume_before_anything_is_measured(tmp_path, replayed):
    """Named as reading the file whole named it: when its subject is replayed, or else when the plan is first about
    to measure (before_measuring), whichever comes first."""
    run = make_run(tmp_path / "a")
    path = run / "records.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[-30] = b'{"task": "t-a", "subject": "m1/t-a/0", "phase": 7}'
    path.write_bytes(b"\n".join(lines))
    store = RunStore(run)
    store.open_for_run(store.read_meta(), [])
    try:
        with pytest.raises(StoreError, match=BAD):
            if replayed:
                store.runs("t-a", "m1/t-a/0")
            else:
                store.runs("t-a", "m1/t-a/1")  # a good subject replays
                store.before_measuring()
    finally:
        store.close()


def test_a_resume_parses_each_line_once(tmp_path, monkeypatch):
    """Checked when the index was made and parsed again when its subject was replayed, every line was parsed twice
    (about 12 s more CPU resuming ten thousand samples): checked as it is replayed, or before the first
    measurement if it was not, a line is parsed once."""
    from effbench.measuring import record_file
    store, whole = _resumed(tmp_path)
    parsed = []
    original = record_file.record_of
    monkeypatch.setattr(record_file, "record_of", lambda line, *a: parsed.append(line) or original(line, *a))
    try:
        groups = list(dict.fromkeys((r.task, r.subject) for r in whole.values()))
        for task, subject in groups[: len(groups) // 2]:  # half the subjects replayed, then a run to measure
            store.runs(task, subject)
        store.before_measuring()
        store.before_measuring()
        lines = [x for x in (store.root / "records.jsonl").read_bytes().splitlines() if x.strip()]
        assert sorted(parsed) == sorted(lines)
    finally:
        store.close()


def test_a_run_of_many_slots_keeps_each_slots_subjects_parsed(tmp_path, monkeypatch):
    """The review: the cache held a fixed 16 subjects, and each slot alternates a sample and its pair, so past 8
    slots nearly every read missed and parsed the subject's group from the file again, under the slots' shared
    lock.  Here 12 slots each read their two subjects in turn: after the first round, no group is read again."""
    store, whole = _resumed(tmp_path)
    try:
        subjects = sorted({(r.task, r.subject) for r in whole.values()})[:24]
        assert len(subjects) == 24
        store.hold_for(12)
        index = store._index
        read = []
        original = index.groups.runs
        monkeypatch.setattr(index.groups, "runs", lambda *group: read.append(group) or original(*group))
        for _ in range(3):
            for task, subject in subjects:
                store.runs(task, subject)
        assert sorted(read) == subjects  # each group parsed once
    finally:
        store.close()
