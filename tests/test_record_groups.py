"""Scoring and comparing read records.jsonl a (task, subject) at a time (effbench/measuring/record_file.py), so that
a run of ten thousand samples is not held whole; what they write must not change by a bit.

tests/fixtures/scale_golden.json.gz holds what ``effbench score`` and ``effbench compare`` wrote for the runs of
tests/scale_run.py when every record was read into memory first (effbench at commit a06dac1, before this change),
made by running that version's CLI on them exactly as :func:`_outputs` runs this one's; what ``score`` prints
under its table (which models' scores leave samples out) was added to that text when the terminal table began to
say so, and compare's JSON its ``missing`` field (empty here) when compare began to name what NEW lacks."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from effbench.cli.main import main
from effbench.measuring import record_file
from effbench.measuring.record_file import RecordGroups
from effbench.measuring.run import derive, score_records
from effbench.measuring.store import RunStore, StoreError

from .scale_run import make_run

GOLDEN = Path(__file__).parent / "fixtures" / "scale_golden.json.gz"


def _outputs(where: Path, monkeypatch, edit=None) -> dict:
    """What the CLI writes and prints for tests/scale_run's two runs (relative paths, as the golden file has)."""
    monkeypatch.chdir(where)
    make_run(Path("a"))
    make_run(Path("b"), seed=1)
    if edit:
        edit(Path("a") / "records.jsonl")
    runner, out = CliRunner(), {}
    for side in ("a", "b"):
        res = runner.invoke(main, ["score", side])
        out[f"score_{side}"] = [res.exit_code, res.output]
        for name in ("leaderboard.json", "results.jsonl", "tasks.json"):
            out[f"{side}/{name}"] = (Path(side) / name).read_text()
    for fmt in ("text", "json", "md"):
        res = runner.invoke(main, ["compare", "a", "b", "--format", fmt])
        out[f"compare_{fmt}"] = [res.exit_code, res.output]
    res = runner.invoke(main, ["compare", "a", "b", "--raw"])
    out["compare_raw"] = [res.exit_code, res.output]
    return out


def _golden() -> dict:
    return json.loads(gzip.decompress(GOLDEN.read_bytes()))


def test_score_and_compare_write_what_they_wrote_when_records_were_read_whole(tmp_path, monkeypatch):
    golden, now = _golden(), _outputs(tmp_path, monkeypatch)
    assert sorted(now) == sorted(golden)
    for name in golden:
        assert now[name] == golden[name], name
    # the run has what it was made to have: an unscorable task, DPE and memory figures, a regression
    board = json.loads(now["a/leaderboard.json"])
    assert board["unscorable_tasks"].keys() == {"t-c"} and board["dpe_unscorable_tasks"].keys() == {"t-d"}
    assert all(m["DPS"] is not None and m["memory"]["NMU"] for m in board["models"].values())
    assert board["meta"]["memory"]["runs_without_peak"] > 0 and now["compare_text"][0] == 1


def _keys_reordered(path: Path) -> None:
    """Every third record written with its keys in another order: a line as no effbench writes it, but a record."""
    lines = path.read_bytes().split(b"\n")
    for i in range(0, len(lines) - 1, 3):
        if lines[i].strip():
            row = json.loads(lines[i])
            lines[i] = json.dumps(dict(reversed(list(row.items())))).encode()
    path.write_bytes(b"\n".join(lines))


def test_records_written_otherwise_are_read_the_same(tmp_path, monkeypatch):
    assert _outputs(tmp_path, monkeypatch, _keys_reordered) == _golden()


def _by_key(store: RunStore) -> dict:
    """Every record of the run by key, a later one in an earlier one's place: how they were once read whole."""
    return {r.key: r for r in store.read_records()}


def test_a_run_scored_from_its_groups_scores_as_from_its_records_in_memory(tmp_path):
    run = make_run(tmp_path / "a")
    store = RunStore(run, readonly=True)
    meta = store.read_meta()
    whole = score_records(meta, store.samples(), list(_by_key(store).values()), meta["ks"], meta["scoring"])
    assert derive(store).board == whole.board and whole.board["models"]


def test_a_group_holds_its_records_in_file_order_a_retry_in_the_first_ones_place(tmp_path):
    run = make_run(tmp_path / "a")
    store = RunStore(run, readonly=True)
    whole = _by_key(store)
    with store.record_groups() as groups:
        keys = groups.all_keys()
        assert len(keys) == len({(r.task, r.subject) for r in whole.values()})
        for task, subject in keys:
            assert groups.runs(task, subject) == [r for r in whole.values() if (r.task, r.subject) == (task, subject)]
        assert groups.runs("t-a", "nobody") == []


@pytest.mark.parametrize("bad", [b'{"task": "t-a", "subject": "ref:exp", "phase": 3}', b"{nope", b"[1, 2]",
                                 b'{"task": "t-a", "subject": "ref:exp", "task": "t-b"}'])
def test_a_bad_line_is_named_as_reading_the_file_whole_names_it(tmp_path, bad):
    """Two bad lines: the error names the first of the file (line 40), whichever group is read first."""
    run = make_run(tmp_path / "a")
    path = run / "records.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[39] = bad
    lines[900] = b'{"task": "t-b", "subject": "m1/t-b/0", "level": 99}'
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError) as whole:
        RunStore(run, readonly=True).read_records()
    assert "records.jsonl:40: " in str(whole.value)
    with pytest.raises(StoreError) as grouped:
        derive(RunStore(run, readonly=True))
    assert str(grouped.value) == str(whole.value)
    res = CliRunner().invoke(main, ["score", str(run)])
    assert res.exit_code == 2 and str(whole.value) in res.output


def test_the_writer_drops_a_torn_last_line_and_a_reader_leaves_it(tmp_path):
    run = make_run(tmp_path / "a")
    path = run / "records.jsonl"
    size = path.stat().st_size
    with RecordGroups(path, {}) as groups:
        assert groups.end < size and path.read_bytes()[groups.end - 1:groups.end] == b"\n"
    derive(RunStore(run, readonly=True))
    assert path.stat().st_size == size
    assert CliRunner().invoke(main, ["score", str(run)]).exit_code == 3  # infra and an unscorable task, as made
    assert path.stat().st_size == groups.end


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"x", b" ", b'{"a": 1}', b"\x0b\x0c\x1c"]),
                max_size=30).map(b"".join), st.integers(1, 9))
def test_lines_are_the_lines_reading_the_file_whole_made(text, chunk):
    """Read a few bytes at a time, the lines are numbered and cut as ``bytes.splitlines`` cuts the file's complete
    part (a carriage return ends a line too), and each offset points at its line."""
    import os
    import tempfile
    from unittest import mock
    with tempfile.NamedTemporaryFile() as fh:
        fh.write(text)
        fh.flush()
        lines = record_file.Lines(fh.fileno(), fh.name)
        with mock.patch.object(record_file, "CHUNK", chunk):
            got = list(lines)
            end = record_file.complete_end(fh.fileno())
        complete = text[:text.rfind(b"\n") + 1]
        assert end == len(complete)
        assert [line for _, _, line in got] == complete.splitlines()
        assert [n for n, _, _ in got] == list(range(1, len(got) + 1)) and lines.end == len(complete)
        assert all(os.pread(fh.fileno(), len(line), at) == line for _, at, line in got)



def test_profile_reads_the_records_of_the_samples_it_chooses_alone(tmp_path, monkeypatch):
    """`effbench profile` read records.jsonl whole (every record of a run of ten thousand samples, about 1 GB) to
    choose the test each chosen sample is profiled on; it parses the chosen samples' records alone, and chooses
    what it chose from the whole file."""
    from effbench import jsonfile
    from effbench.measuring.run import score_run
    from effbench.profiling.collect import choose
    from effbench.profiling.select import Selection, plan
    run = make_run(tmp_path / "a", per_model=8)
    score_run(run)
    store = RunStore(run)
    meta = store.read_meta()
    every = store.read_records()
    selection = Selection(slowest=1, ids=("m2/t-b/3",))
    parsed = []
    original = jsonfile.loads
    monkeypatch.setattr(jsonfile, "loads", lambda text, *a, **kw: parsed.append(text) or original(text, *a, **kw))
    got = choose(store, meta, selection)
    monkeypatch.undo()
    whole = plan(store.read_lines("results.jsonl"),
                 lambda task, subject: {r.key: r for r in every if (r.task, r.subject) == (task, subject)}.values(),
                 meta, selection)
    assert got == whole and {t.key for t in got.targets if t.subject == "sample"} >= {"m2/t-b/3"}
    records = [line for line in parsed if isinstance(line, bytes) and b'"subject": ' in line]
    chosen = sum(1 for r in every if (r.task, r.subject) in {(t.task, t.key) for t in got.targets})
    assert 0 < len(records) <= chosen < len(every) / 10


def test_a_long_torn_last_line_is_read_in_linear_time(tmp_path, monkeypatch):
    """A torn last line of many chunks (a run killed while writing a huge line, or a hostile file) was rebuilt from
    its start at each chunk: quadratic, so a 64 MB tail took 12.8 s in `compare` and a 2 GB one would take hours.
    Here 4 MiB read 512 bytes at a time: 8,192 chunks, about 16 GB copied the old way, 4 MiB now."""
    import time
    path = tmp_path / "records.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b"x" * (4 << 20))
    monkeypatch.setattr(record_file, "CHUNK", 512)
    fd = os.open(path, os.O_RDONLY)
    try:
        lines = record_file.Lines(fd, path)
        start = time.process_time()
        got = list(lines)
        spent = time.process_time() - start
    finally:
        os.close(fd)
    assert [line for _, _, line in got] == [b'{"a": 1}'] and lines.end == 9
    assert spent < 1.0, f"{spent:.1f} s of CPU for a 4 MiB torn line"


def test_a_line_longer_than_any_record_is_a_bad_line_named_first_as_reading_the_file_whole_names_it(tmp_path):
    """A record of a detail of a million characters (no run writes one: it cuts a detail at 2,000) was read as a
    record; it is a bad line now, in one line (exit 2), and a bad line before it is named first."""
    run = make_run(tmp_path / "a")
    path = run / "records.jsonl"
    lines = path.read_bytes().split(b"\n")
    record = json.loads(lines[39])
    lines[39] = json.dumps({**record, "detail": "x" * record_file.MAX_LINE_BYTES}).encode()
    path.write_bytes(b"\n".join(lines))
    for read in (lambda: RunStore(run, readonly=True).read_records(), lambda: derive(RunStore(run, readonly=True))):
        with pytest.raises(StoreError, match=r"records.jsonl:40: a line of more than 1048576 bytes, longer than any"):
            read()
    res = CliRunner().invoke(main, ["score", str(run)])
    assert res.exit_code == 2 and "records.jsonl:40: a line of more than" in res.output
    lines[20] = b"{nope"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError, match=r"records.jsonl:21: "):
        derive(RunStore(run, readonly=True))


def test_a_torn_last_line_longer_than_any_record_is_not_held(tmp_path, monkeypatch):
    """A torn last line was held whole before being left out (a 2 GB one took 2 GB): here 24 MiB, read 64 KiB at a
    time, takes at most a record's length and a chunk."""
    import tracemalloc
    path = tmp_path / "records.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b"x" * (24 << 20))
    monkeypatch.setattr(record_file, "CHUNK", 64 << 10)
    fd = os.open(path, os.O_RDONLY)
    tracemalloc.start()
    try:
        lines = record_file.Lines(fd, path)
        got = list(lines)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        os.close(fd)
    assert [line for _, _, line in got] == [b'{"a": 1}'] and lines.end == 9
    assert peak < record_file.MAX_LINE_BYTES + (1 << 20), peak
