"""Leaderboards at the scale and in the shapes users bring: thousands of models, numbers edited by hand, keys pasted
twice, nesting as deep as the JSON reader allows.  Each is read quickly or refused in one line naming the file and
the field (exit 2), never a traceback and never a silent score.

Synthetic run directories (test_compare's ``fake_run``: real scoring of fabricated records)."""
from __future__ import annotations

import copy
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from effbench import jsonfile
from effbench.errors import EffbenchError
from effbench.reports.board import load_board, merge
from effbench.schema_check import first_problem
from effbench.tables import unshowable

from .test_board_files import one_field_changed
from .test_compare import fake_run, invoke

TASKS = {f"t{i:02d}": 1.0 + i / 50 for i in range(20)}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scale")
    a = fake_run(tmp / "a", {"m1": TASKS}, memory={"m1": TASKS})
    b = fake_run(tmp / "b", {"m2": TASKS}, seed=1)
    return tmp, a, merge([a, b])


def test_a_board_of_3000_models_is_checked_in_seconds(runs):
    """Every model entry (3,000 models x 20 tasks here) is checked against the schema; jsonschema's pure-Python
    validator took a median 64 s of CPU over 103 tasks (benchmarks/board_reading.py), which every report, compare
    and merge of such a board paid first."""
    _, a, _ = runs
    board = load_board(a)
    (entry,) = board["models"].values()
    board["models"] = {f"model-{i:04d}": copy.deepcopy(entry) for i in range(3000)}
    start = time.process_time()
    assert first_problem(board, "leaderboard") is None
    assert time.process_time() - start < 5
    board["models"]["model-2999"]["tasks"]["t19"]["passed"] = -1
    assert first_problem(board, "leaderboard") == "models.model-2999.tasks.t19.passed: -1 is less than the minimum of 0"


def _reference_accepts(instance) -> bool:
    """The schema's verdict by jsonschema, the reference implementation effbench checked with before."""
    from importlib.resources import files
    docs = [json.loads(p.read_text()) for p in files("effbench").joinpath("schemas").iterdir()
            if p.name.endswith(".schema.json")]
    registry = Registry().with_resources([(d["$id"], Resource.from_contents(d)) for d in docs])
    schema = next(d for d in docs if d["$id"].startswith("urn:effbench:schema:leaderboard:"))
    return Draft202012Validator(schema, registry=registry).is_valid(instance)


ODD = [None, "x", "", -1, 0, 2, 10 ** 30, 1.5, -0.5, 101, [], [1.0, 2.0], {}, {"1": 0.5}, True, "ffffffffffffffff"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_the_compiled_check_accepts_what_the_reference_validator_accepts(runs, data):
    """The compiled validator is no weaker (nor stricter) than jsonschema's on a board with one field changed or
    removed."""
    path, changed = one_field_changed(runs[2], data, ODD)
    problem = first_problem(changed, "leaderboard")
    assert (problem is None) == _reference_accepts(changed), (path, problem)


HUGE = 10 ** 400  # an integer JSON can hold and Python parses, past a double's range


def board_with(run, field: tuple, value, path):
    """*path*, written with the board of *run* whose *field* (its keys, from the top) holds *value*."""
    board = load_board(run)
    node = board
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = value
    path.write_text(json.dumps(board))
    return path


@pytest.mark.parametrize("field", [("meta", "measurement", "alpha"), ("meta", "expert_cost", "t01"),
                                   ("models", "m1", "eff@k", "1"), ("models", "m1", "tasks", "t01", "n")])
def test_an_integer_past_a_doubles_range_is_one_line_naming_it(runs, field):
    """Such an integer passes every bound of the schema (and ``type: number``); report and history then raised
    OverflowError (int too large to convert to float) with a traceback, or read the board as if it were so."""
    tmp, a, _ = runs
    path = board_with(a, field, HUGE, tmp / "huge.json")
    where = ".".join(field)
    for args in (("report", path), ("report", path, "--format", "html", "-o", tmp / "r.html"), ("history", path, a),
                 ("compare", path, a), ("leaderboard", path, a, "-o", tmp / "m.json")):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert f"{path}: not an effbench leaderboard ({where}: an integer past a double's range)" in res.stderr


def test_a_model_pasted_twice_is_one_line_not_the_last_copy(runs):
    """JSON's reader keeps the last of two equal keys without a word: a board edited by hand with a model twice
    (two different scores) was read as the second, silently."""
    tmp, a, _ = runs
    text = (a / "leaderboard.json").read_text() if (a / "leaderboard.json").is_file() else json.dumps(load_board(a))
    board = json.loads(text)
    entry = json.dumps(board["models"]["m1"])
    models = '{"m1": ' + entry + ', "m1": ' + entry.replace('"n_samples": 20', '"n_samples": 21') + "}"
    board["models"] = "MODELS"
    path = tmp / "twice.json"
    path.write_text(json.dumps(board).replace('"MODELS"', models))
    for args in (("report", path), ("leaderboard", path, "-o", tmp / "m.json"), ("history", path, a)):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert f"{path}: invalid JSON (the key 'm1' appears twice in one object)" in res.stderr
    with pytest.raises(EffbenchError, match="samples.jsonl:3: invalid JSON .the key 'solution' appears twice"):
        jsonfile.loads('{"task_id": "t", "solution": "a", "solution": "b"}', "samples.jsonl:3")


def test_nesting_as_deep_as_the_reader_allows_is_one_line(runs):
    """The JSON reader parses some 900 levels; the compiled checker has a recursion limit of its own near it, which
    is said as the file's problem, not raised."""
    tmp, a, _ = runs
    board = load_board(a)
    deep: list = []
    for _ in range(900):
        deep = [deep]
    board["meta"]["runner"] = deep
    path = tmp / "deep.json"
    path.write_text(json.dumps(board))
    for args in (("report", path), ("leaderboard", path, "-o", tmp / "m.json")):
        res = invoke(*args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (args, res.exception, res.stderr)
        assert f"{path}: " in res.stderr


@pytest.mark.parametrize("field, value", [(("meta", "runner"), "x\ud800"), (("models", "m1", "n_samples"), "\ud800"),
                                          (("models", "m1", "tasks", "t01", "n"), ["\udc80"])])
def test_a_lone_surrogate_in_a_field_of_the_wrong_type_is_one_line_naming_it(runs, field, value):
    """JSON carries a lone surrogate ("\\ud800"), which the compiled validator's strings cannot hold.  Where the
    board was otherwise valid it was replaced before the check; in a field of the wrong type the check found the
    problem without meeting the string, and then raised UnicodeEncodeError with a traceback as it wrote the error."""
    tmp, a, _ = runs
    path = board_with(a, field, value, tmp / "surrogate.json")
    res = invoke("report", path)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.exception, res.stderr)
    assert f"{path}: not an effbench leaderboard ({'.'.join(field)}: " in res.stderr, res.stderr


@pytest.mark.parametrize("field, value", [(("meta", "runner"), "bidi\u202eevil"), (("meta", "runner"), "a\u2028b"),
                                          (("models", "m1", "n_samples"), "line\u2029break")])
def test_what_the_error_quotes_from_the_board_is_escaped(runs, field, value):
    """The compiled validator quotes a value as JSON, which escapes control characters but leaves a right-to-left
    override or a line separator as it is: on the terminal, a board's value could reverse or break the error line
    (the pure-Python check quoted it as Python does, escaped)."""
    tmp, a, _ = runs
    path = board_with(a, field, value, tmp / "unshowable.json")
    res = invoke("report", path)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.exception, res.stderr)
    assert unshowable(res.stderr.rstrip("\n")) is None, ascii(res.stderr)
    assert ascii(value)[1:-1].split("\\")[0] in res.stderr


def test_a_model_name_in_the_errors_field_is_escaped(runs):
    """A model's name is a key of the board, and the field an error names holds it."""
    tmp, a, _ = runs
    board = load_board(a)
    board["models"] = {"evil\u202e\nname": dict(board["models"]["m1"], n_samples=-1)}
    path = tmp / "named.json"
    path.write_text(json.dumps(board))
    res = invoke("report", path)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.exception, res.stderr)
    assert "models.evil\\u202e\\nname.n_samples: " in res.stderr, res.stderr
