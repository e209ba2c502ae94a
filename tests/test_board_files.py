"""Leaderboard files are passed around, merged and edited: one that is not what effbench writes is one line naming
the file and the field, in every command that reads it.  The fuzzer that found this gave 82 distinct tracebacks
(KeyError, TypeError, AttributeError) from report, compare, history and leaderboard on a board with one field
missing or of another type; the shipped schema was never used when reading.

Synthetic run directories (test_compare's ``fake_run``: real scoring of fabricated records)."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from effbench.reports.board import merge

from .test_compare import fake_run
from .test_reports import invoke


def _one_line_or_fine(res) -> None:
    crashed = res.exception is not None and not isinstance(res.exception, SystemExit)
    assert "Traceback" not in (res.stderr or "") and not crashed, (res.exception, res.stderr)
    if res.exit_code != 0:
        assert res.exit_code in (1, 2) and res.stderr.count("\n") == 1, (res.exit_code, res.stderr)


def test_a_board_without_its_fields_is_one_line_naming_the_field(tmp_path):
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({"schema_version": 3, "kind": "run"}))
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    for args in (("report", bare), ("compare", bare, run), ("history", bare), ("leaderboard", bare)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert f"{bare}: not an effbench leaderboard (the top level: \"meta\" is a required property)" in res.stderr


def _paths(node, at=()):
    """Every field of a JSON document, as a path of keys and indices."""
    yield at
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*at, i))


@pytest.fixture(scope="module")
def boards(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("boards")
    a = fake_run(tmp / "a", {"m1": {"t1": 1.0, "t2": 1.2}}, memory={"m1": {"t1": 2.0, "t2": 1.0}})
    b = fake_run(tmp / "b", {"m2": {"t1": 2.0, "t2": 1.5}}, seed=1)
    return tmp, a, merge([a, b])


ODD = [None, "x", -1, 10 ** 30, 1.5, [], {}, True, float("nan"), float("inf")]  # json writes NaN, Infinity


def one_field_changed(board: dict, data, values: list) -> tuple[tuple, dict]:
    """A copy of *board* with one field (drawn) set to one of *values* or, in an object, removed; and its path."""
    path = data.draw(st.sampled_from([p for p in _paths(board) if p]))
    value = data.draw(st.sampled_from(values))
    changed = copy.deepcopy(board)
    node = changed
    for key in path[:-1]:
        node = node[key]
    if data.draw(st.booleans()) and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return path, changed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_board_with_one_field_changed_is_read_or_refused_in_one_line(boards, data):
    tmp, run, board = boards
    changed = one_field_changed(board, data, ODD)[1]
    file = tmp / "changed.json"
    file.write_text(json.dumps(changed))
    for args in (("report", file), ("report", file, "--format", "html", "-o", tmp / "r.html"),
                 ("compare", file, run), ("history", file, run), ("leaderboard", file, run, "-o", tmp / "m.json")):
        _one_line_or_fine(invoke(*args))


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")], ids=["NaN", "Infinity", "-Infinity"])
def test_a_number_that_is_not_finite_is_refused_in_one_line_naming_it(boards, value):
    """JSON as Python writes it may hold NaN and Infinity (and 1e999 reads as infinity), which pass every minimum
    and maximum of a schema: a task's eff@1 of NaN ended compare in a ValueError from the bootstrap."""
    tmp, run, board = boards
    changed = copy.deepcopy(board)
    changed["models"]["m1"]["tasks"]["t1"]["eff@k"]["1"] = value
    file = tmp / "not-finite.json"
    file.write_text(json.dumps(changed))
    for args in (("report", file), ("compare", file, run), ("history", file, run), ("leaderboard", file, run)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert "models.m1.tasks.t1.eff@k.1: " in res.stderr and "not a finite number" in res.stderr, res.stderr


def _rewrite_line(path, n: int, text: str) -> None:
    lines = path.read_text().splitlines()
    lines[n] = text
    path.write_text("\n".join(lines) + "\n")


RUN_DIR_DAMAGE = {
    "run.json null": lambda d: (d / "run.json").write_text("null"),
    "run.json deep": lambda d: (d / "run.json").write_text("[" * 100_000 + "]" * 100_000),
    "run.json huge number": lambda d: (d / "run.json").write_text('{"settings": ' + "9" * 5000 + "}"),
    "run.json not UTF-8": lambda d: (d / "run.json").write_bytes(b"\xff\xfe{}"),
    "records line cut": lambda d: _rewrite_line(d / "records.jsonl", 2, "{"),
    "records line null": lambda d: _rewrite_line(d / "records.jsonl", 2, "null"),
    "record without task": lambda d: _rewrite_line(d / "records.jsonl", 2, '{"subject": "ref:exp"}'),
    "samples row key null": lambda d: _rewrite_line(d / "samples.jsonl", 0, '{"key": null}'),
    "record level past the task's": lambda d: _edit_record(d, 30, level=7),
    "record level below the cases": lambda d: _edit_record(d, 30, level=-5),
    "record peak a string": lambda d: _edit_record(d, 30, peak_kb="20000"),
    "record cpu time NaN": lambda d: _edit_record(d, 30, cpu_time=float("nan")),
    "record wall time negative": lambda d: _edit_record(d, 30, wall_time=-1.0),
    "record subject a list": lambda d: _edit_record(d, 30, subject=[]),
    "record level a string": lambda d: _edit_record(d, 2, level="1"),
    "run.json without tasks": lambda d: _edit_json(d / "run.json", lambda m: m.pop("tasks")),
    "run.json tasks a list": lambda d: _edit_json(d / "run.json", lambda m: m.update(tasks=[])),
    "run.json unknown measure": lambda d: _edit_json(d / "run.json", lambda m: m["settings"].update(measure="x")),
    "run.json repeats a string": lambda d: _edit_json(d / "run.json", lambda m: m["settings"].update(repeats="6")),
    "run.json hardness a number": lambda d: _edit_json(d / "run.json", lambda m: m["tasks"]["t1"].update(hardness=2)),
    "run.json levels of two lengths": lambda d: _edit_json(d / "run.json",
                                                           lambda m: m["tasks"]["t1"].update(tests=[1, 2])),
    "run.json expert a number": lambda d: _edit_json(d / "run.json", lambda m: m["tasks"]["t2"].update(expert=1)),
    "run.json git a string": lambda d: _edit_json(d / "run.json", lambda m: m.update(git="abc")),
}


def _edit_record(run, n: int, **fields) -> None:
    _rewrite_line(run / "records.jsonl", n, json.dumps({**json.loads((run / "records.jsonl").read_text()
                                                                     .splitlines()[n]), **fields}))


def _edit_json(path, edit) -> None:
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))


@pytest.mark.parametrize("damage", sorted(RUN_DIR_DAMAGE))
def test_a_damaged_run_directory_is_one_line_naming_its_file(tmp_path, damage):
    """A run directory edited by hand or cut short was read with bare json.loads and dataclass constructors: report,
    score and compare ended in JSONDecodeError, RecursionError, UnicodeDecodeError, AttributeError or TypeError."""
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0, "t2": 1.2}})
    other = fake_run(tmp_path / "b", {"m": {"t1": 1.0, "t2": 1.2}}, seed=1)
    (run / "leaderboard.json").unlink()  # so that the records are read (rescored in memory)
    RUN_DIR_DAMAGE[damage](run)
    for args in (("report", run), ("score", run), ("compare", run, other), ("history", run, other)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert str(run) in res.stderr, (args, res.stderr)


SCORED_DAMAGE = {
    "tasks.json reference a number": ("tasks.json", lambda d: _edit_json(d / "tasks.json",
                                                                         lambda m: m.update(reference=1))),
    "tasks.json null": ("tasks.json", lambda d: (d / "tasks.json").write_text("null")),
    "tasks.json level time a list": ("tasks.json", lambda d: _edit_json(
        d / "tasks.json", lambda m: m["reference"]["t1"]["level_times"].__setitem__(2, []))),
    "tasks.json negative level time": ("tasks.json", lambda d: _edit_json(
        d / "tasks.json", lambda m: m["reference"]["t1"]["level_times"].__setitem__(2, -1))),
    "results row without task_id": ("results.jsonl", lambda d: _rewrite_line(d / "results.jsonl", 0, json.dumps(
        {k: v for k, v in json.loads((d / "results.jsonl").read_text().splitlines()[0]).items() if k != "task_id"}))),
    "results row level times null": ("results.jsonl", lambda d: _rewrite_line(d / "results.jsonl", 1, json.dumps(
        {**json.loads((d / "results.jsonl").read_text().splitlines()[1]), "level_times": None}))),
    "results row of another task": ("results.jsonl", lambda d: _rewrite_line(d / "results.jsonl", 1, json.dumps(
        {**json.loads((d / "results.jsonl").read_text().splitlines()[1]), "task_id": "t9"}))),
    "results row model a number": ("results.jsonl", lambda d: _rewrite_line(d / "results.jsonl", 0, json.dumps(
        {**json.loads((d / "results.jsonl").read_text().splitlines()[0]), "model": 1.5}))),
}


@pytest.mark.parametrize("damage", sorted(SCORED_DAMAGE))
def test_a_damaged_task_table_or_results_file_is_one_line_naming_it(tmp_path, damage):
    """A scored run's tasks.json and results.jsonl were read as any JSON object: the HTML, benchmark-json and
    pytest-benchmark reports and compare ended in TypeError, KeyError, AttributeError, ValueError or an
    AssertionError on a file of another shape.  They are checked against run-files.schema.json where read."""
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0, "t2": 1.2}})
    other = fake_run(tmp_path / "b", {"m": {"t1": 1.0, "t2": 1.2}}, seed=1)
    name, damage_it = SCORED_DAMAGE[damage]
    damage_it(run)
    for args in (("report", run, "--format", "html", "-o", tmp_path / "r.html"), ("report", run, "--format",
                 "benchmark-json"), ("report", run, "--format", "pytest-benchmark"), ("compare", run, other)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert str(run / name) in res.stderr, (args, res.stderr)


def _edit_sweep(run, i: int, edit) -> None:
    _edit_json(run / "complexity.json", lambda d: edit(d["sweeps"][i]))


COMPLEXITY_DAMAGE = {
    "meta a number": lambda d: _edit_json(d / "complexity.json", lambda c: c.update(meta=1)),
    "tasks a list": lambda d: _edit_json(d / "complexity.json", lambda c: c["meta"].update(tasks=[])),
    "declared a string": lambda d: _edit_json(d / "complexity.json",
                                              lambda c: c["meta"]["tasks"]["t1"].update(declared="O(n)")),
    "plan a string": lambda d: _edit_json(d / "complexity.json", lambda c: c["meta"].update(plan="x")),
    "model null": lambda d: _edit_json(d / "complexity.json", lambda c: c["meta"]["models"].update({"m/t1/0": None})),
    "sweep true": lambda d: _edit_json(d / "complexity.json", lambda c: c["sweeps"].__setitem__(1, True)),
    "sweep without subject": lambda d: _edit_sweep(d, 0, lambda s: s.pop("subject")),
    "point without size": lambda d: _edit_sweep(d, 2, lambda s: s["points"][1].pop("size")),
    "cost a string": lambda d: _edit_sweep(d, 0, lambda s: s["points"][1].update(cost="x")),
    "size a list": lambda d: _edit_sweep(d, 0, lambda s: s["points"][0].update(size=[])),
    "cost infinite": lambda d: _edit_sweep(d, 0, lambda s: s["points"][3].update(cost=float("inf"))),
    "parts over the cost": lambda d: _edit_sweep(d, 0, lambda s: s["points"][3].update(parts={"f": 10 ** 12})),
}


@pytest.mark.parametrize("damage", sorted(COMPLEXITY_DAMAGE))
def test_a_damaged_complexity_document_is_one_line_naming_it(tmp_path, damage):
    """A run's complexity.json was handed to the fit as it was: every report, score and comparison that rescored
    the run ended in KeyError, TypeError, AttributeError or ValueError on a sweep or a meta of another shape."""
    run = fake_run(tmp_path / "a", {"m": {"t1": 1.0, "t2": 1.2}}, classes={"m": {"t1": "n", "t2": "n^2"}})
    other = fake_run(tmp_path / "b", {"m": {"t1": 1.0, "t2": 1.2}}, seed=1)
    (run / "leaderboard.json").unlink()  # so that the run is rescored, the sweeps with it
    COMPLEXITY_DAMAGE[damage](run)
    for args in (("report", run), ("score", run), ("compare", run, other)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert f"{run / 'complexity.json'}: not a complexity document (" in res.stderr, (args, res.stderr)
