"""ENAMEL and EvalPerf rows imported as tasks (tests/datasets.py's fixture files): the tasks keep the datasets'
parameters, inputs, tiers and checkers, and validate; a bad row fails the import, in one line, before anything is
written; an import replaces only its own earlier import."""
from __future__ import annotations

import csv
import json
import marshal
import random
import shutil
from pathlib import Path

import pytest

from effbench.importers import DatasetImportError, import_enamel, import_evalperf
from effbench.importers.common import MAX_TASK_ID
from effbench.tasks.inputs import InputCache
from effbench.tasks.task import load_suite, load_task
from effbench.tasks.dpe_tier_file import load_dpe_tier_file

from .datasets import ENAMEL_CSV, EVALPERF_JSONL, enamel_rows, evalperf_rows, invoke


# ---------------------------------------------------------------- ENAMEL import
def test_enamel_rows_become_tasks_that_keep_enamels_parameters(enamel_dir):
    tasks = {t.id: t for t in load_suite(enamel_dir)}
    assert sorted(tasks) == ["enamel-toy-0", "enamel-toy-1", "enamel-toy-2"]
    for index, row in enumerate(enamel_rows()):
        task = tasks[f"enamel-toy-{index}"]
        assert task.origin == "enamel" and task.checker == "custom" and task.entry_point == row["entry_point"]
        assert task.origin_params == {
            "task_id": row["task_id"], "index": index, "input_levels": [int(s) for s in row["input_levels"].split()],
            "tests": [8, 4, 4, 4], "hardness": [0, 3, 3, 4], "repeats": 6, "alpha": 2.0, "seed": 998244353,
            "enamel_draws": False}
        assert list(task.levels.hardness) == [0, 3, 3, 4] and list(task.levels.tests) == [0, 4, 4, 4]
        assert task.prompt == row["prompt"]  # what completions and ENAMEL samples are appended to
        assert [r.name for r in task.references] == ["reference"] and task.expert.code == \
            row["prompt"] + "\n" + row["reference_solution"]
    assert tasks["enamel-toy-2"].signature == "def index_of(nums: List[int], target: int) -> int"


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_enamel_level0_cases_are_enamels_own_level0(enamel_dir):
    """cid 0..7 of level 0, the global random seeded with seed ^ index ^ cid, as ENAMEL makes them."""
    task = load_task(enamel_dir / "enamel-toy-0")
    cases = task.cases()
    assert len(cases) == 8 and cases[0] == {"args": [[]]} and cases[1] == {"args": [[0, -2, 7]]}
    for cid in range(2, 8):
        state = random.getstate()
        random.seed(998244353 ^ 0 ^ cid)
        expected = [random.randint(-6, 6) for _ in range(6)]
        random.setstate(state)
        assert cases[cid] == {"args": [expected]}


def test_enamel_generator_maps_levels_to_enamel_sizes_deterministically(enamel_dir):
    generate = load_task(enamel_dir / "enamel-toy-0").generator()
    before = random.getstate()
    first = [generate(level, random.Random(7)) for level in range(4)]
    assert random.getstate() == before  # the global random is restored
    assert [len(args[0]) for args in first] == [6, 300, 600, 1200]
    assert first == [generate(level, random.Random(7)) for level in range(4)]
    assert generate(3, random.Random(8)) != first[3]
    parens = load_task(enamel_dir / "enamel-toy-1").generator()(2, random.Random(1))[0]
    assert parens.replace(" ", "") and parens.count("(") == parens.count(")")  # our rand_parens helper


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_enamel_generator_gets_each_tests_cid_from_the_input_cache(tmp_path):
    # ENAMEL generators put worst cases at chosen cids: test k of a level must be made with cid k
    rows = enamel_rows()[:1]
    rows[0] = dict(rows[0], input_generator="def generate_input(size, lid, cid):\n    return [cid] * size,\n")
    out = tmp_path / "tasks"
    import_enamel(write_enamel(tmp_path / "e.csv", rows), out)
    task = load_task(next(out.iterdir()))
    for level in range(1, len(task.levels)):
        cids = [marshal.loads(i.blob)[0][0] for i in InputCache(tmp_path / "c").level_inputs(task, level, 1)]
        assert cids == list(range(task.levels.tests[level]))


def test_enamel_checker_is_enamels_checker(enamel_dir):
    check = load_task(enamel_dir / "enamel-toy-2").custom_check()
    args = [[4, 1, 4], 4]
    assert check(args, 0, 2) and check(args, 2, 2)  # any right index: the checker reads the input
    assert not check(args, 1, 2) and not check(args, 3, 2) and not check(args, "0", 2)
    assert not load_task(enamel_dir / "enamel-toy-0").custom_check()([[1]], None, 0)  # wrong type
    assert check(None, 0, 0) is False  # a checker that raises rejects, as in ENAMEL


# ---------------------------------------------------------------- EvalPerf import
@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_evalperf_rows_become_tasks_with_evalperfs_tiers(evalperf_dir):
    tasks = {t.id: t for t in load_suite(evalperf_dir)}
    assert sorted(tasks) == ["evalperf-toy-7", "evalperf-toy-8"]
    for row in evalperf_rows():
        task = tasks["evalperf-" + row["task_id"].lower().replace("/", "-")]
        assert [r.code for r in task.references] == row["reference"]
        assert task.expert.code == row["reference"][-1]  # the fastest
        assert list(task.levels.tests) == [1, 1] and list(task.levels.hardness) == [0, 1] and task.cases() == []
        tf = load_dpe_tier_file(task)
        assert [t.code for t in tf.tiers] == row["reference"] and [t.score for t in tf.tiers] == row["scores"]
        assert (tf.level, tf.test, tf.measure) == (1, 0, "instructions")
    gen7 = tasks["evalperf-toy-7"].generator()
    assert gen7(1, random.Random(0)) == [400] == json.loads(evalperf_rows()[0]["pe_input"])
    # Toy/8's pe_input is written as EvalPerf releases it (a list holding one input): unwrapped by the arity
    assert tasks["evalperf-toy-8"].generator()(1, None) == json.loads(evalperf_rows()[1]["pe_input"])[0]
    assert tasks["evalperf-toy-8"].origin_params["pe_input"] == "list of inputs"
    check = tasks["evalperf-toy-7"].custom_check()
    assert check(None, 1.0 + 1e-9, 1.0) and not check(None, 1.0 + 1e-5, 1.0) and not check(None, True, 1)
    assert not check(None, 10 ** 20 + 1, 10 ** 20)  # ints stay exact


@pytest.mark.sandbox
def test_imported_tasks_validate(enamel_dir, evalperf_dir):
    for folder in (enamel_dir, evalperf_dir):
        res = invoke("tasks", "validate", "--all", "--fast", "--tasks-dir", folder)
        assert res.exit_code == 0, res.output + res.stderr
    # the one-reference rule is relaxed for imported tasks only
    hand = enamel_dir.parent / "hand"
    shutil.copytree(enamel_dir / "enamel-toy-0", hand / "enamel-toy-0")
    manifest = hand / "enamel-toy-0" / "task.toml"
    manifest.write_text(manifest.read_text().replace('origin = "enamel"\n', ""))
    res = invoke("tasks", "validate", "--fast", "enamel-toy-0", "--tasks-dir", hand)
    assert res.exit_code == 1 and "needs at least 3 reference tiers" in res.output


# ---------------------------------------------------------------- malformed rows
def write_enamel(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


ENAMEL_BREAKS = {
    "input_levels": ("input_levels", "10 20 30", "input_levels must be 4 non-negative integers"),
    "generator syntax": ("input_generator", "def generate_input(size, lid, cid)\n    return 1,\n",
                         "input_generator does not compile"),
    "no generate_input": ("input_generator", "def make(size, lid, cid):\n    return 1,\n",
                          "does not define generate_input"),
    "checker": ("checker", "def check(input, answer, output):\n    return True\n", "does not define __check"),
    "entry point": ("entry_point", "nope", "prompt does not define entry_point nope"),
    "reference": ("reference_solution", "return 1 +\n", "reference_solution (after the prompt) does not compile"),
    "duplicate": ("task_id", "Toy/0", "repeats row 1"),
    # its folder's name was past the file system's limit: OSError ENAMETOOLONG naming all of it, exit 1
    "task id too long": ("task_id", "Toy/" + "h" * 5000, f"longer than the {MAX_TASK_ID} characters a task id"),
}


@pytest.mark.parametrize("kind", sorted(ENAMEL_BREAKS))
def test_bad_enamel_row_fails_the_import_before_writing(tmp_path, kind):
    column, value, message = ENAMEL_BREAKS[kind]
    rows = enamel_rows()
    rows[1] = dict(rows[1], **{column: value})
    path = write_enamel(tmp_path / "enamel.csv", rows)
    res = invoke("import", "enamel", path, "--out", tmp_path / "out", "--all-problems")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and len(res.stderr) < 600, res.output + res.stderr
    assert "row 2 (" in res.stderr and message in res.stderr and "nothing written" in res.stderr
    assert not (tmp_path / "out").exists()
    res = invoke("import", "enamel", path, "--out", tmp_path / "out", "--skip-bad", "--all-problems")
    assert res.exit_code == 0 and "row 2" in res.stderr and message in res.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["enamel-toy-0", "enamel-toy-2"]
    # the problem index stays the row's position: ENAMEL's samples are keyed by it
    assert load_task(tmp_path / "out" / "enamel-toy-2").origin_params["index"] == 2


EVALPERF_BREAKS = {
    "scores order": (lambda r: dict(r, scores=[65.0, 20.0, 100.0]), "scores must be 3 ascending numbers"),
    "scores count": (lambda r: dict(r, scores=[50.0, 100.0]), "scores must be 3 ascending numbers"),
    "pe_input arity": (lambda r: dict(r, pe_input="[1, 2]"), "pe_input does not fit sum_of_squares"),
    "pe_input json": (lambda r: dict(r, pe_input="[1,"), "pe_input: invalid JSON"),
    "reference": (lambda r: dict(r, reference=r["reference"][:2] + ["def other(n):\n    return 0\n"]),
                  "reference 2 does not define entry_point sum_of_squares"),
    "no references": (lambda r: dict(r, reference=[]), "reference must be a non-empty list"),
    "missing field": (lambda r: {k: v for k, v in r.items() if k != "entry_point"},
                      "entry_point must be a non-empty string"),
    # 10**400 written out: OverflowError from math.isfinite, exit 1 (1e308 was already this line)
    "scores huge int": (lambda r: dict(r, scores=[20.0, 65.0, 10 ** 400]), "scores must be 3 ascending numbers"),
    # JSON's "\ud800", which no UTF-8 file holds: UnicodeEncodeError half-way through writing the folders, exit 1
    "task_id surrogate": (lambda r: dict(r, task_id="Toy/\ud800"), "task_id holds U+D800 (a lone surrogate)"),
    "task_id too long": (lambda r: dict(r, task_id="Toy/" + "x" * 5000),
                         f"longer than the {MAX_TASK_ID} characters a task id"),
}


@pytest.mark.parametrize("kind", sorted(EVALPERF_BREAKS) + ["bad json"])
def test_bad_evalperf_row_fails_the_import_before_writing(tmp_path, kind):
    rows = evalperf_rows()
    lines = [json.dumps(r) for r in rows]
    if kind == "bad json":
        lines.insert(0, '{"task_id": "Toy/5", ')
        message, bad = "invalid JSON", 1
    else:
        change, message = EVALPERF_BREAKS[kind]
        lines[0], bad = json.dumps(change(rows[0])), 1
    path = tmp_path / "evalperf.jsonl"
    path.write_text("\n".join(lines) + "\n")
    res = invoke("import", "evalperf", path, "--out", tmp_path / "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and len(res.stderr) < 600, res.output + res.stderr
    assert f"row {bad}" in res.stderr and message in res.stderr and not (tmp_path / "out").exists()
    res = invoke("import", "evalperf", path, "--out", tmp_path / "out", "--skip-bad")
    assert res.exit_code == 0 and message in res.stderr
    assert "evalperf-toy-8" in {p.name for p in (tmp_path / "out").iterdir()}


@pytest.mark.parametrize("origin", ["enamel", "evalperf"])
def test_a_task_id_that_does_not_show_as_itself_is_imported_with_a_title_that_does(tmp_path, origin):
    """A data set's task id with an escape sequence became the imported task's title as it was, which loading
    the task refuses (tables and reports show a title as it is): the import wrote a task no command could load."""
    odd = "Toy/0\x1b[31m"
    if origin == "enamel":
        rows = enamel_rows()
        rows[0] = dict(rows[0], task_id=odd)
        path = write_enamel(tmp_path / "enamel.csv", rows)
    else:
        rows = evalperf_rows()
        rows[0] = dict(rows[0], task_id=odd)
        path = tmp_path / "evalperf.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    res = invoke("import", origin, path, "--out", tmp_path / "out", *(["--all-problems"] * (origin == "enamel")))
    assert res.exit_code == 0, res.output + res.stderr
    task = {t.origin_params["task_id"]: t for t in load_suite(tmp_path / "out")}[odd]  # the origin's id, as it is
    assert task.title.startswith("Toy/0?") and "\x1b" not in task.title


def test_import_never_replaces_a_hand_written_task_but_reimports(tmp_path, fixture_tasks_dir):
    out = tmp_path / "out"
    import_enamel(ENAMEL_CSV, out)
    first = (out / "enamel-toy-0" / "generator.py").read_text()
    import_enamel(ENAMEL_CSV, out)  # an import replaces its own earlier import
    assert (out / "enamel-toy-0" / "generator.py").read_text() == first
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind
    shutil.copytree(fixture_tasks_dir / "prefix-max", out / "evalperf-toy-7")
    with pytest.raises(DatasetImportError, match="was not imported from evalperf"):
        import_evalperf(EVALPERF_JSONL, out)
    assert not (out / "evalperf-toy-8").exists()


def test_unreadable_files_are_one_line_errors(tmp_path):
    res = invoke("import", "enamel", tmp_path / "missing.csv", "--out", tmp_path / "out")
    assert res.exit_code == 2 and "no such file" in res.stderr
    (tmp_path / "x.csv").write_text("task_id,prompt\nA,B\n")
    res = invoke("import", "enamel", tmp_path / "x.csv", "--out", tmp_path / "out")
    assert res.exit_code == 2 and "missing column(s) input_generator" in res.stderr


# ---------------------------------------------------------------- tier files of imported tasks
def test_tiers_show_and_build_say_why_an_imported_enamel_task_has_no_tier_file(enamel_dir):
    """`tiers show` on an imported task suggested `effbench tiers build` for it, which then refused: tier building
    takes the exact and float checkers only, and every imported task has a custom one.  Both now say why, and the
    build says it before a sandbox is started."""
    for command in ("show", "build"):
        res = invoke("tiers", command, "enamel-toy-0", "--tasks-dir", enamel_dir)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.output + res.stderr
        assert "custom checker" in res.stderr and "exact and float checkers only" in res.stderr, res.stderr
        assert "tiers build enamel-toy-0" not in res.stderr
    assert not (enamel_dir / "enamel-toy-0" / "tiers.json").exists()


def test_tiers_show_of_an_imported_evalperf_task_says_where_its_tiers_are_from(evalperf_dir):
    """Its tier file has no build date (EvalPerf's row made it): `tiers show` printed `built None`."""
    res = invoke("tiers", "show", "evalperf-toy-7", "--tasks-dir", evalperf_dir)
    assert res.exit_code == 0, res.output + res.stderr
    head = res.output.splitlines()[0]
    assert "None" not in head and "imported from evalperf" in head, head
