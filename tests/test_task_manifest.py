"""Task manifests against effbench/schemas/task.schema.json (effbench/tasks/manifest.py): every task in the suite fits
it, the loader takes its defaults from it, and a bad manifest -- hand-picked or fuzzed -- is one TaskError line naming
the file and the field, never a traceback.  Files only: nothing here starts a process."""
from __future__ import annotations

import copy
import datetime
import json
import math
import shutil
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from jsonschema import Draft202012Validator

from effbench.errors import TaskError
from effbench.tasks.manifest import SCHEMA, check_manifest, default, task_validator_class
from effbench.tasks.task import default_tasks_dir, discover, load_task

from .conftest import FIXTURE_TASKS

FIXTURE = FIXTURE_TASKS / "prefix-max"
BASE = tomllib.loads((FIXTURE / "task.toml").read_text())
WHERE = Path("t/task.toml")


# ---------------------------------------------------------------- a TOML writer for the tests (tomllib only reads)
def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
    if isinstance(v, (int, datetime.date, datetime.time)):
        return v.isoformat() if not isinstance(v, int) else str(v)
    if isinstance(v, str):  # a basic string: JSON's escapes are TOML's, but for DEL, which TOML wants escaped
        return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007F")
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    return "{" + ", ".join(f"{toml_value(str(k))} = {toml_value(x)}" for k, x in v.items()) + "}"


def toml(manifest: dict) -> str:
    return "".join(f"{toml_value(str(k))} = {toml_value(v)}\n" for k, v in manifest.items())


def write_task(root: Path, manifest: dict, name: str = "prefix-max") -> Path:
    folder = root / name
    if not folder.exists():
        shutil.copytree(FIXTURE, folder)
    (folder / "task.toml").write_text(toml(manifest))
    return folder


def edited(**changes) -> dict:
    m = copy.deepcopy(BASE)
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        node = m
        for p in parents:
            node = node[int(p)] if isinstance(node, list) else node[p]
        if value is DELETE:
            del node[int(key) if isinstance(node, list) else key]
        elif isinstance(node, list):
            node[int(key)] = value
        else:
            node[key] = value
    return m


DELETE = object()


# ---------------------------------------------------------------- the schema itself
def test_every_task_of_the_suite_and_the_fixtures_fits_the_schema_as_any_validator_reads_it():
    folders = discover(default_tasks_dir()) + discover(FIXTURE_TASKS)
    assert len(folders) > 10
    plain, ours = Draft202012Validator(SCHEMA), task_validator_class()(SCHEMA)
    for folder in folders:
        manifest = tomllib.loads((folder / "task.toml").read_text())
        assert not list(plain.iter_errors(manifest)), folder
        assert not list(ours.iter_errors(manifest)), folder
        load_task(folder)


def test_the_toml_rules_are_added_to_draft_2020_12():
    """Plain draft 2020-12 takes 256.0 for an integer and lets NaN through a range; TOML tells them apart."""
    plain, ours = Draft202012Validator(SCHEMA), task_validator_class()(SCHEMA)
    for bad in (edited(memory_mb=256.0), edited(float_rel_tol=math.nan), edited(levels__hardness=[0, 3, math.inf, 4])):
        assert plain.is_valid(bad) and not ours.is_valid(bad)
    assert not ours.is_valid(edited(memory_mb=True)) and not ours.is_valid(edited(levels__tests=[3, 2, 2.0, 2]))


def test_the_loader_takes_its_defaults_from_the_schema(tmp_path):
    minimal = {k: BASE[k] for k in ("id", "title", "entry_point", "references")} | {"levels": {"sizes": [1, 2, 3, 4]}}
    task = load_task(write_task(tmp_path, minimal))
    assert (task.checker, task.difficulty, task.category, task.memory_mb) == (
        default("checker"), default("difficulty"), default("category"), default("memory_mb")) == (
        "exact", "medium", "misc", 512)
    assert (task.float_rel_tol, task.float_abs_tol) == (default("float_rel_tol"), default("float_abs_tol"))
    assert task.levels.tests == tuple(default("levels", "tests")) and task.levels.hardness == (0.0, 3.0, 3.0, 4.0)
    assert task.signature == "def prefix_max(*args)" and task.origin is None and task.origin_params == {}
    assert task.references[0].complexity == BASE["references"][0]["complexity"]
    task.origin_params["x"] = 1  # each task has its own dict, not the schema's default
    assert default("origin_params") == {}


# ---------------------------------------------------------------- hand-picked bad manifests
@pytest.mark.parametrize("manifest, message", [
    (edited(title=DELETE), "missing field 'title'"),
    # found as a user: a newline (or another control character) in a reference's name split every output line
    # that names it (validate's, the pytest items', the reports')
    (edited(references__1__name="fast\nslow"), "field 'references[1].name' holds U+000A (a control character), "
                                               "which tables and reports cannot show"),
    (edited(references__0__name="loop\x1b[31m"), "field 'references[0].name' holds U+001B (a control character), "
                                                 "which tables and reports cannot show"),
    # found as a user: the title, the category and a tier's complexity are shown as they are too (tasks show and
    # list, the catalogue's Markdown table, the HTML report): a newline split the line and the table's row, an escape
    # sequence restyled the terminal, a right-to-left override reversed what followed
    (edited(title="Running\nmaximum"), "field 'title' holds U+000A (a control character), which tables and reports "
                                        "cannot show"),
    (edited(title="Running \x1b[2Jmaximum"), "field 'title' holds U+001B (a control character)"),
    (edited(category="arrays\u202ehashing"), "field 'category' holds U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    (edited(references__2__complexity="O(n)\r"), "field 'references[2].complexity' holds U+000D (a control "
                                                 "character)"),
    (edited(title=5), "field 'title' must be str, got 5"),
    (edited(levels__sizes=DELETE), "missing field 'levels.sizes'"),
    (edited(levels=[1, 2]), "field 'levels' must be dict, got [1, 2]"),
    (edited(checker="fuzzy"), "checker must be one of exact, float, custom, got 'fuzzy'"),
    (edited(difficulty=3), "difficulty must be one of easy, medium, hard, got 3"),
    (edited(id="Prefix_Max"), "id 'Prefix_Max' must equal the folder name and use [a-z0-9-]"),
    (edited(id="other-task"), "id 'other-task' must equal the folder name and use [a-z0-9-]"),
    (edited(entry_point="prefix max"), "entry_point 'prefix max' is not an identifier"),
    (edited(memory_mb=0), "field 'memory_mb' must be an integer from 1 to 1048576, got 0"),
    (edited(memory_mb=1e9), "field 'memory_mb' must be int, got 1000000000.0"),
    (edited(float_rel_tol=2), "field 'float_rel_tol' must be a number from 0 to 1, got 2"),
    (edited(float_abs_tol=-math.inf), "field 'float_abs_tol' must be a number from 0 to 1e+300, got -inf"),
    (edited(levels__sizes=[]), "levels.sizes must be a non-empty list of non-negative integers, got []"),
    (edited(levels__tests=[3, -1, 2, 2]), "levels.tests must be a non-empty list of non-negative integers, at most "
                                          "1000 each, got [3, -1, 2, 2]"),
    (edited(levels__hardness="0 3 3 4"), "levels.hardness must be a non-empty list of non-negative finite numbers"),
    (edited(levels__tests=[3, 2]), "levels.sizes, tests and hardness must have the same length"),
    (edited(levels__hardness=[1, 3, 3, 4]), "level 0 checks correctness only (hardness 0)"),
    (edited(references=[]), "at least one reference solution is needed"),
    (edited(references__0="solutions/rescan.py"), "references[0] needs a name and a file"),
    (edited(references__1__file=DELETE), "references[1] needs a name and a file"),
    (edited(references__1__name=["accumulate"]), "field 'references[1].name' must be str, got ['accumulate']"),
    (edited(references__2__expert="yes"), "field 'references[2].expert' must be bool, got 'yes'"),
    (edited(references__2__expert=DELETE), "exactly one reference must be marked expert = true"),
    (edited(references__0__expert=True), "exactly one reference must be marked expert = true"),
    (edited(references__1__name="rescan"), "reference names must be unique"),
    # an empty name was taken: the pytest item `reference[]`, "tier  disagrees with the expert" (found as a user)
    (edited(references__1__name=""), "field 'references[1].name': '' should be non-empty"),
    (edited(references__1__file="solutions/none.py"), "references[1] file 'solutions/none.py' not found"),
    (edited(references__1__file="solutions"), "references[1] file 'solutions' cannot be read"),
    (edited(references__1__file="a\x00b"), "references[1] file 'a\\x00b' cannot be read"),
    (edited(origin_params=[1]), "field 'origin_params' must be dict, got [1]"),
    # a misspelt key left its field at the default, silently
    (edited(memroy_mb=64), "unknown key 'memroy_mb' (misspelt? tasks/FORMAT.md lists the keys)"),
    (edited(levels__size=[1, 2, 3, 4]), "unknown key 'size' in levels (misspelt?"),
    (edited(references__2__expret=True), "unknown key 'expret' in references[2]"),
    # a reference outside the folder is outside its hash and outside what the runners are given
    (edited(references__1__file="/etc/hostname"), "references[1] file '/etc/hostname' must be a relative path "
                                                  "inside the task folder"),
    (edited(references__1__file="../prefix-max/solutions/loop.py"), "references[1] file "
                                                                    "'../prefix-max/solutions/loop.py' must be a "
                                                                    "relative path inside the task folder"),
])
def test_a_bad_manifest_is_one_line_naming_the_file_and_the_field(tmp_path, manifest, message):
    folder = write_task(tmp_path, manifest)
    with pytest.raises(TaskError) as info:
        load_task(folder)
    text = str(info.value)
    assert text.startswith(f"{folder / 'task.toml'}: ") and message in text and "\n" not in text


def test_the_first_failure_in_field_order_is_the_one_said():
    both = edited(title=5, memory_mb=-1, references=[])
    with pytest.raises(TaskError, match="field 'title' must be str"):
        check_manifest(both, WHERE)
    with pytest.raises(TaskError, match=r"field 'references\[0\]\.name' must be str, got 1$"):
        check_manifest(edited(references__0__name=1, references__0__expert=True), WHERE)


def test_a_manifest_that_is_not_toml_or_not_utf8_is_one_line(tmp_path):
    folder = write_task(tmp_path, BASE)
    (folder / "task.toml").write_bytes(b'id = "prefix-max"\ntitle = "\xff"\n')
    with pytest.raises(TaskError, match=r"task\.toml: not UTF-8 text"):
        load_task(folder)
    (folder / "task.toml").write_text("id = \n")
    with pytest.raises(TaskError, match=r"task\.toml: invalid TOML"):
        load_task(folder)


# ---------------------------------------------------------------- fuzzed bad manifests
scalars = (st.text(max_size=6) | st.integers(-(2 ** 63), 2 ** 63 - 1) | st.floats(allow_nan=True, allow_infinity=True)
           | st.booleans() | st.dates() | st.datetimes() | st.times()
           | st.sampled_from(["prefix-max", "exact", "float", "custom", "hard", "prefix_max", "solutions/loop.py",
                              "solutions", "", "../task.toml", "/etc/hostname"]))
values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=5)
                      | st.dictionaries(st.sampled_from(["name", "file", "expert", "complexity", "sizes", "tests",
                                                         "hardness"]) | st.text(max_size=4), kids, max_size=4),
                      max_leaves=12)
FIELD_NAMES = [*SCHEMA["properties"], "unknown"]
LEVEL_NAMES = ["sizes", "tests", "hardness"]
REF_NAMES = ["name", "file", "expert", "complexity"]


@st.composite
def mutated(draw) -> dict:
    """The fixture's manifest with one to four edits: a field, a level list or a reference replaced, removed or
    added (the values are anything TOML can hold, near-valid ones included)."""
    m = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(["top", "levels", "reference", "references"]))
        if where == "top" or not isinstance(m.get("levels"), dict) and where == "levels":
            key = draw(st.sampled_from(FIELD_NAMES))
            if draw(st.booleans()):
                m.pop(key, None)
            else:
                m[key] = draw(values)
        elif where == "levels":
            key = draw(st.sampled_from(LEVEL_NAMES))
            m["levels"][key] = draw(values | st.lists(st.integers(-2, 10 ** 6) | st.floats(), max_size=5))
        elif where == "reference" and isinstance(m.get("references"), list) and m["references"]:
            ref = m["references"][draw(st.integers(0, len(m["references"]) - 1))]
            if isinstance(ref, dict):
                key = draw(st.sampled_from(REF_NAMES))
                if draw(st.booleans()):
                    ref.pop(key, None)
                else:
                    ref[key] = draw(values)
        else:
            m["references"] = draw(st.lists(st.fixed_dictionaries(
                {}, optional={k: values | st.sampled_from(["solutions/loop.py", "loop"]) | st.just(True)
                              for k in REF_NAMES}), max_size=4))
    return m


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("manifests")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(manifest=mutated())
def test_any_manifest_loads_or_is_one_task_error_line(fuzz_root, manifest):
    folder = write_task(fuzz_root, manifest)
    assert tomllib.loads((folder / "task.toml").read_text()) is not None  # the writer wrote TOML
    try:
        task = load_task(folder)
    except TaskError as exc:
        text = str(exc)
        assert text.startswith(f"{folder / 'task.toml'}: ") and "\n" not in text and len(text) < 2000
        return
    # it loaded: the schema and the rules across fields hold
    assert task_validator_class()(SCHEMA).is_valid(manifest)
    assert len(task.levels.sizes) == len(task.levels.tests) == len(task.levels.hardness)
    assert sum(r.expert for r in task.references) == 1
