"""Run directories that are not what effbench wrote (edited by hand, from another version, or an attacker's baseline
artifact) passed back to the commands that read them: each is one line naming the file and what is wrong, exit 2,
never a traceback, never a score computed from the garbage, and never a write outside the run directory.

The runs are tests/scale_run's (a run directory made without measuring, with every shape of records.jsonl scoring
reads): nothing here starts a process."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from effbench.cli.main import main
from effbench.measuring.record_file import StoreError, record_of
from effbench.measuring.records import record_problem

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
