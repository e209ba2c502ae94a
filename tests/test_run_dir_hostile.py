"""Run directories that are not what effbench wrote (edited by hand, from another version, or an attacker's baseline
artifact) passed back to the commands that read them: each is one line naming the file and what is wrong, exit 2,
never a traceback, never a score computed from the garbage, and never a write outside the run directory.

The runs are tests/scale_run's (a run directory made without measuring, with every shape of records.jsonl scoring
reads): nothing here starts a process.  The device is the real /dev/zero, the FIFO a real one."""
from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from effbench.cli.main import main
from effbench.measuring.record_file import StoreError, record_of
from effbench.measuring.records import MEASURED_MAX, record_problem
from effbench.measuring.store import RunStore
from effbench.profiling import store as profile_store

from .scale_run import make_run

MEASURED = ("cpu_time", "wall_time", "peak_kb", "base_kb", "instructions")
RECORD = {"task": "t", "subject": "m/t/0", "phase": "level", "level": 1, "test": 0, "repeat": 0, "status": "ok"}
# numbers no measurement gives, as JSON text: past a double's range as integers (json reads them exactly), and the
# floats Python's json reads as NaN or infinity
HOSTILE_NUMBERS = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400"]) | st.integers(
    min_value=309, max_value=4000).flatmap(lambda n: st.sampled_from([f"1{'0' * n}", f"-9{'9' * n}"]))


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    return make_run(tmp_path_factory.mktemp("hostile") / "run", per_model=1)


def _edited(run: Path, where: Path, field: str, raw: str) -> Path:
    """A copy of *run* whose first record of a sample has *field* set to the JSON text *raw*."""
    out = where / "edited"
    out.mkdir(exist_ok=True)
    for name in ("run.json", "samples.jsonl"):
        (out / name).write_bytes((run / name).read_bytes())
    lines = (run / "records.jsonl").read_bytes().split(b"\n")
    at = next(i for i, line in enumerate(lines) if b'"subject": "m1/' in line)
    row = json.loads(lines[at])
    row[field] = "@@"
    lines[at] = json.dumps(row).replace('"@@"', raw).encode()
    (out / "records.jsonl").write_bytes(b"\n".join(lines))
    return out


def _refused(res, where: str) -> None:
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and where in lines[0], res.stderr


@settings(max_examples=100, deadline=None)
@given(field=st.sampled_from(MEASURED), raw=HOSTILE_NUMBERS)
def test_a_measured_number_no_run_gives_is_the_records_problem(field, raw):
    """An integer past a double's range raised OverflowError in the record check itself (math.isfinite)."""
    line = json.dumps({**RECORD, field: "@@"}).replace('"@@"', raw).encode()
    with pytest.raises(StoreError, match=f"^records.jsonl:7: not a run record \\({field}: "):
        record_of(line, "records.jsonl:7", {"t": 3})


@settings(max_examples=100, deadline=None)
@given(field=st.sampled_from(MEASURED),
       value=st.floats(min_value=float(MEASURED_MAX), max_value=sys.float_info.max, exclude_min=True)
       | st.integers(min_value=MEASURED_MAX + 1, max_value=int(sys.float_info.max)))
def test_a_finite_measured_number_past_2_to_the_53_is_the_records_problem(field, value):
    """Found as a user: a cpu_time of 1e307 passed the check (finite) and scoring's pairwise means made it infinite:
    `score` and a resumed `run` ended in a ValueError traceback."""
    if field in ("peak_kb", "base_kb", "instructions"):
        value = int(value)  # their JSON type is integer
    with pytest.raises(StoreError, match=f"^records.jsonl:7: not a run record \\({field}: .* is more than any "):
        record_of(json.dumps({**RECORD, field: value}).encode(), "records.jsonl:7", {"t": 3})


@settings(max_examples=50, deadline=None)
@given(field=st.sampled_from(MEASURED), value=st.integers(min_value=0, max_value=MEASURED_MAX))
def test_every_measured_number_up_to_2_to_the_53_is_a_record(field, value):
    assert record_problem({**RECORD, field: value}, {"t": 3}) is None


@pytest.mark.parametrize("raw", ["1e307", "1e308", str(MEASURED_MAX)])
def test_a_huge_time_is_refused_in_one_line_and_the_largest_allowed_scores(run, tmp_path, raw):
    edited = _edited(run, tmp_path, "cpu_time", raw)
    res = CliRunner().invoke(main, ["score", str(edited)])
    if float(raw) > MEASURED_MAX:
        _refused(res, "records.jsonl:")
        assert "(cpu_time: 1e+30" in res.stderr and "is more than any measurement" in res.stderr, res.stderr
    else:  # scored as the run itself is (its fixture has an unscorable task and an infrastructure failure: exit 3)
        assert isinstance(res.exception, SystemExit) and res.exit_code == CliRunner().invoke(
            main, ["score", str(run)]).exit_code, (res.output, res.exception)
        assert "Traceback" not in res.output and json.loads((edited / "leaderboard.json").read_text())["models"]


@pytest.mark.parametrize("field, raw", [("peak_kb", "1" + "0" * 400), ("instructions", "-9" + "9" * 400)])
def test_score_and_compare_refuse_a_huge_measured_integer_in_one_line(run, tmp_path, field, raw):
    edited = _edited(run, tmp_path, field, raw)
    for args in (["score", str(edited)], ["compare", str(run), str(edited)]):
        res = CliRunner().invoke(main, args)
        _refused(res, "records.jsonl:")
        assert f"({field}: an integer past a double's range is not a finite number >= 0)" in res.stderr


@pytest.mark.parametrize("field, value", [("status", "bogus"), ("status", "OK"), ("phase", "bogus"),
                                          ("phase", "")])
def test_a_status_or_phase_effbench_never_writes_is_refused_not_scored(run, tmp_path, field, value):
    """A made-up status was scored as a failure named after it (exit 0); a made-up phase left its sample
    unmeasured, said to be worth a rerun (exit 3)."""
    edited = _edited(run, tmp_path, field, json.dumps(value))
    res = CliRunner().invoke(main, ["score", str(edited)])
    _refused(res, "records.jsonl:")
    assert f"{field}: {value!r} is not one of" in res.stderr
    assert not (edited / "results.jsonl").exists()


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["task", "subject", "phase", "level", "test", "repeat", "status", *MEASURED,
                                        "detail", "counter", "correct", "passes"]),
                       st.none() | st.booleans() | st.integers() | st.integers(10 ** 300, 10 ** 400)
                       | st.integers(-10 ** 400, -10 ** 300) | st.floats() | st.text(max_size=6)
                       | st.sampled_from(["ok", "level", "cases", "infra"])))
def test_the_record_check_answers_every_row_and_never_raises(row):
    problem = record_problem(row, {"t": 3})
    assert problem is None or isinstance(problem, str)


def _copy(run: Path, where: Path) -> Path:
    out = where / "copy"
    out.mkdir()
    for name in ("run.json", "samples.jsonl", "records.jsonl"):
        (out / name).write_bytes((run / name).read_bytes())
    return out


VICTIM = b"a file of the user's\nits last line, unended"


@pytest.mark.parametrize("name", [".lock", "records.jsonl"])
def test_score_writes_nothing_through_a_symbolic_link_in_the_run_directory(run, tmp_path, name):
    """The lock's holder wrote its pid over whatever file .lock pointed to, and the writer cut the last line of the
    file records.jsonl pointed to (taken for a torn record)."""
    copy, victim = _copy(run, tmp_path), tmp_path / "victim"
    victim.write_bytes(VICTIM)
    (copy / name).unlink(missing_ok=True)
    (copy / name).symlink_to(victim)
    _refused(CliRunner().invoke(main, ["score", str(copy)]), f"{copy / name}: is a symbolic link")
    assert victim.read_bytes() == VICTIM


@pytest.mark.parametrize("folder", ["profiles", "expected"])
def test_nothing_is_written_through_a_folder_of_the_run_directory_that_is_a_symbolic_link(run, tmp_path, folder):
    """profiles/ a symbolic link: ``effbench profile`` wrote its index and dumps wherever it pointed (expected/
    alone was refused)."""
    copy, victim = _copy(run, tmp_path), tmp_path / "victim"
    victim.mkdir()
    (copy / folder).symlink_to(victim)
    write = {"profiles": lambda: profile_store.save(copy, [], {}),
             "expected": lambda: RunStore(copy).save_expected("t", "level", 1, 0, [1])}[folder]
    with pytest.raises(StoreError, match=f"^{copy / folder}: is a symbolic link"):
        write()
    assert list(victim.iterdir()) == []


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "dangling link"])
def test_records_that_are_no_plain_file_are_refused_not_read_as_none(run, tmp_path, kind):
    """A FIFO, a folder or a device in records.jsonl's place was read as a run without records: every task
    unscorable, exit 3, as if the run had been interrupted."""
    copy = _copy(run, tmp_path)
    records = copy / "records.jsonl"
    records.unlink()
    {"fifo": lambda: os.mkfifo(records), "folder": records.mkdir, "device": lambda: records.symlink_to("/dev/zero"),
     "dangling link": lambda: records.symlink_to(tmp_path / "elsewhere")}[kind]()
    for args in (["score", str(copy)], ["compare", str(run), str(copy)]):
        _refused(CliRunner().invoke(main, args), f"{records}: ")


def test_a_resume_neither_waits_on_a_fifo_nor_writes_where_a_link_points(run, tmp_path):
    """A run resumed into a directory whose records.jsonl was a FIFO blocked for ever opening it to append; one
    whose records.jsonl was a link to a missing file made that file, outside the run directory, and filled it."""
    copy = _copy(run, tmp_path)
    store = RunStore(copy, readonly=True)
    meta, samples = store.read_meta(), store.read_lines("samples.jsonl")
    records, elsewhere = copy / "records.jsonl", tmp_path / "elsewhere"
    records.unlink()
    records.symlink_to(elsewhere)
    with pytest.raises(StoreError, match="is a symbolic link"):
        RunStore(copy).open_for_run(meta, samples)
    assert not elsewhere.exists()
    records.unlink()
    os.mkfifo(records)
    with pytest.raises(StoreError, match="not a regular file"):
        _unblocked(records, lambda: RunStore(copy).open_for_run(meta, samples))


def _unblocked(fifo: Path, call):
    """*call*'s result, or what it raised, if it returns within 10 s; if it is still waiting on *fifo* then, the FIFO
    is opened from this side (so the waiting open returns) and the test fails."""
    done: list = []

    def target() -> None:
        try:
            done.append(("value", call()))
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            done.append(("raised", exc))
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(10)
    if thread.is_alive():
        for mode in (os.O_RDONLY, os.O_WRONLY):
            try:
                os.close(os.open(fifo, mode | os.O_NONBLOCK))
            except OSError:
                pass
        thread.join(10)
        pytest.fail(f"still waiting on the FIFO {fifo} after 10 s")
    kind, got = done[0]
    if kind == "raised":
        raise got
    return got


def test_a_report_does_not_wait_on_a_fifo_in_place_of_a_run_file(run, tmp_path):
    """A FIFO in tasks.json's place kept ``effbench report`` waiting for ever (run.json, leaderboard.json and the
    other JSON files of a run directory are read the same way)."""
    copy = _copy(run, tmp_path)
    assert CliRunner().invoke(main, ["score", str(copy)]).exit_code == 3  # as made: writes tasks.json, a board
    (copy / "tasks.json").unlink()
    os.mkfifo(copy / "tasks.json")
    _refused(_unblocked(copy / "tasks.json", lambda: CliRunner().invoke(main, ["report", str(copy)])),
             f"{copy / 'tasks.json'}: not a regular file")
