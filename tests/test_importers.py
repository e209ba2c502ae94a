"""ENAMEL and EvalPerf importers and sample formats: fixture files of both formats (tests/fixtures/enamel,
tests/fixtures/evalperf: tiny problems of our own) imported, validated, and run end to end in instructions mode,
with the scores checked against the definitions computed here by hand from the recorded counts."""
from __future__ import annotations

import csv
import json
import marshal
import math
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.errors import SampleError
from effbench.importers import DatasetImportError, import_enamel, import_evalperf
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import load_samples
from effbench.sandbox.docker_sandbox import docker_available
from effbench.tasks.task import load_suite, load_task
from effbench.tasks.dpe_tier_file import load_dpe_tier_file

from .conftest import FIXTURE_TASKS

FIXTURES = Path(__file__).parent / "fixtures"
ENAMEL_CSV = FIXTURES / "enamel" / "enamel.csv"
ENAMEL_SAMPLES = FIXTURES / "enamel" / "samples.json"
EVALPERF_JSONL = FIXTURES / "evalperf" / "evalperf.jsonl"
EVALPLUS_SAMPLES = FIXTURES / "evalperf" / "samples.jsonl"
RUNNERS = ["process", pytest.param("docker", marks=pytest.mark.skipif(
    not docker_available(), reason="no Docker engine answers here, so the docker runner cannot start"))]


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def enamel_rows() -> list[dict]:
    with ENAMEL_CSV.open(newline="") as handle:
        return list(csv.DictReader(handle))


def evalperf_rows() -> list[dict]:
    return [json.loads(line) for line in EVALPERF_JSONL.read_text().splitlines()]


@pytest.fixture(scope="module")
def enamel_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("enamel") / "tasks"
    import_enamel(ENAMEL_CSV, out, all_problems=True)  # toy-2 has index 2, outside the benchmark
    return out


@pytest.fixture(scope="module")
def evalperf_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("evalperf") / "tasks"
    import_evalperf(EVALPERF_JSONL, out)
    return out


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
}


@pytest.mark.parametrize("kind", sorted(ENAMEL_BREAKS))
def test_bad_enamel_row_fails_the_import_before_writing(tmp_path, kind):
    column, value, message = ENAMEL_BREAKS[kind]
    rows = enamel_rows()
    rows[1] = dict(rows[1], **{column: value})
    path = write_enamel(tmp_path / "enamel.csv", rows)
    res = invoke("import", "enamel", path, "--out", tmp_path / "out", "--all-problems")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.output + res.stderr
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
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.output + res.stderr
    assert f"row {bad}" in res.stderr and message in res.stderr and not (tmp_path / "out").exists()
    res = invoke("import", "evalperf", path, "--out", tmp_path / "out", "--skip-bad")
    assert res.exit_code == 0 and message in res.stderr
    assert "evalperf-toy-8" in {p.name for p in (tmp_path / "out").iterdir()}


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


# ---------------------------------------------------------------- sample formats
def test_enamel_samples_map_problem_indices_to_imported_tasks(enamel_dir):
    suite = {t.id: t for t in load_suite(enamel_dir)}
    raw = json.loads(ENAMEL_SAMPLES.read_text())
    for fmt in ("auto", "enamel"):
        samples = load_samples(ENAMEL_SAMPLES, suite, fmt=fmt)
        assert [s.task_id for s in samples] == [f"enamel-toy-{i}" for i in raw for _ in raw[i]]
        assert samples[0].code == suite["enamel-toy-0"].prompt + "\n" + raw["0"][0]  # a body: after the prompt
        assert samples[1].code == raw["0"][1]  # a whole function (the prompt has nothing else): as it is
        assert [s.key for s in samples[:2]] == ["default/enamel-toy-0/0", "default/enamel-toy-0/1"]
    with pytest.raises(SampleError, match="not ENAMEL samples"):
        load_samples(EVALPLUS_SAMPLES, suite, fmt="enamel")
    with pytest.raises(SampleError, match="problem 9: no imported ENAMEL task"):
        load_samples(write(enamel_dir.parent / "s9.json", json.dumps({"9": ["pass"]})), suite)


def test_enamel_list_samples_as_enamel_ships_them(enamel_dir):
    """ENAMEL's shipped files are a JSON list indexed by problem (every problem, imported or not), each code
    already holding the prompt: it must not be prepended (and compiled, and timed) a second time."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    prompt = suite["enamel-toy-1"].prompt
    whole = prompt + "    return 0\n"
    codes = [["    return 0\n"], [whole], [], ["pass"], ["x"]]  # problems 3 and 4 were not imported: skipped
    for fmt in ("auto", "enamel"):
        samples = load_samples(write(enamel_dir.parent / "list.json", json.dumps(codes)), suite, fmt=fmt)
        assert [(s.task_id, s.code) for s in samples] == [
            ("enamel-toy-0", suite["enamel-toy-0"].prompt + "\n" + "    return 0\n"), ("enamel-toy-1", whole)]



def test_enamel_list_samples_with_no_imported_problem_say_what_to_import(enamel_dir, tmp_path):
    """ENAMEL's shipped list run against a suite that has none of its problems (the native suite, say): the error
    says so and how to import them, not only that there were no samples."""
    native = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    listed = write(tmp_path / "list.json", json.dumps([["pass"], ["x"], []]))
    with pytest.raises(SampleError) as caught:
        load_samples(listed, native)
    assert str(caught.value) == (f"{listed}: none of its 3 problems is an imported ENAMEL task (import them with "
                                 f"`effbench import enamel enamel.csv --out DIR`, then run with --tasks-dir DIR)")

def test_enamel_whole_function_keeps_the_prompts_imports_and_helpers():
    from effbench.importers.enamel_samples import program
    prompt = 'import math\nFIX = 1\n\ndef helper(x):\n    return x\n\n\ndef f(n):\n    """Doc."""\n'
    code = "def f(n):\n    return helper(math.floor(n)) + FIX\n"
    made = program(prompt, "f", code)
    assert '"""Doc."""' not in made and made.endswith(code)
    scope = {}
    exec(made, scope)
    assert scope["f"](2.5) == 3
    assert program(prompt, "f", "    return 1\n") == prompt + "\n    return 1\n"
    assert program(prompt, "f", "def f(:\n") == prompt + "\ndef f(:\n"  # fails in the sandbox, as in ENAMEL


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_evalplus_samples_use_origin_task_ids(evalperf_dir, enamel_dir):
    suite = {t.id: t for t in load_suite(evalperf_dir)}
    for fmt in ("auto", "evalplus"):
        samples = load_samples(EVALPLUS_SAMPLES, suite, fmt=fmt)
        assert {s.task_id for s in samples} == {"evalperf-toy-7", "evalperf-toy-8"}  # "Toy_8" too
    completion = next(s for s in samples if s.info.model == "completion")
    assert completion.code == suite["evalperf-toy-7"].prompt + "    return sum(i * i for i in range(n + 1))\n"
    with pytest.raises(SampleError, match="unknown task id 'Toy/7'"):
        load_samples(EVALPLUS_SAMPLES, suite, fmt="effbench")
    both = enamel_dir.parent / "both"
    for src in (evalperf_dir / "evalperf-toy-7", enamel_dir / "enamel-toy-0"):
        shutil.copytree(src, both / src.name)
    manifest = both / "enamel-toy-0" / "task.toml"
    manifest.write_text(manifest.read_text().replace('task_id = "Toy/0"', 'task_id = "Toy/7"'))
    mixed = {t.id: t for t in load_suite(both)}
    with pytest.raises(SampleError, match="names several imported tasks"):
        load_samples(EVALPLUS_SAMPLES, mixed, keep_unknown_tasks=True)


# ---------------------------------------------------------------- end to end, scores by hand
def run_cli(samples: Path, tasks_dir: Path, out: Path, runner: str, *extra):
    res = invoke("run", samples, "--tasks-dir", tasks_dir, "--out", out, "--measure", "instructions",
                 "--runner", runner, "--quiet", *extra, env={"EFFBENCH_CACHE": str(out.parent / "cache")})
    assert res.exit_code == 0, res.output + res.stderr
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    return (results, json.loads((out / "tasks.json").read_text()),
            json.loads((out / "leaderboard.json").read_text()), records)


@pytest.fixture(scope="module", params=RUNNERS)
def enamel_run(request, enamel_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"enamel-run-{request.param}") / "out"
    return run_cli(ENAMEL_SAMPLES, enamel_dir, out, request.param, "--k", "1,2")


def efficiency_by_hand(times, ref_times, hardness=(0, 3, 3, 4), alpha=2.0) -> float:
    limit = alpha * max(t for t, h in zip(ref_times, hardness) if h > 0)
    scores = [0.0 if t is None else max(0.0, limit - t) / (limit - r)
              for t, r, h in zip(times, ref_times, hardness) if h > 0]
    return sum(h * e for h, e in zip([h for h in hardness if h > 0], scores)) / sum(hardness)


def eff_at_k_by_hand(effs: list[float], k: int) -> float:
    """E[max of a random k-subset]: the r-th smallest is the max of C(r-1, k-1) of the C(n, k) subsets."""
    n, ordered = len(effs), sorted(effs)
    return sum(math.comb(r - 1, k - 1) * ordered[r - 1] for r in range(k, n + 1)) / math.comb(n, k)


@pytest.mark.sandbox
def test_enamel_end_to_end_scores_match_the_definitions(enamel_run):
    results, tasks, board, _ = enamel_run
    by_key = {r["key"]: r for r in results}
    status = {k: (r["status"], r["failure"]) for k, r in by_key.items()}
    assert status["default/enamel-toy-0/2"] == ("failed", "wrong_answer on hand cases")
    assert status["default/enamel-toy-2/2"] == ("failed", "wrong_answer on hand cases")
    for key in ("enamel-toy-0/0", "enamel-toy-0/1", "enamel-toy-1/0", "enamel-toy-2/0", "enamel-toy-2/1"):
        assert by_key["default/" + key]["status"] == "passed", by_key["default/" + key]
    # the quadratic sample of toy-1 runs out of budget (2x the expert's top level) before the top level
    quad = by_key["default/enamel-toy-1/1"]
    assert quad["status"] == "passed" and quad["failure"].startswith("timeout on level")
    assert quad["level_times"][3] is None
    for r in results:
        if r["status"] == "passed":
            ref = tasks["reference"][r["task_id"]]["level_times"]
            assert r["efficiency"] == pytest.approx(efficiency_by_hand(r["level_times"], ref), rel=1e-12)
    # the reference re-submitted as a sample scores exactly 1: it counts exactly what the expert counts
    for task in ("enamel-toy-0", "enamel-toy-1", "enamel-toy-2"):
        assert by_key[f"default/{task}/0"]["efficiency"] == 1.0
        assert by_key[f"default/{task}/0"]["level_times"] == tasks["reference"][task]["level_times"]
    model = board["models"]["default"]
    per_task = {}
    for task in ("enamel-toy-0", "enamel-toy-1", "enamel-toy-2"):
        effs = [r["efficiency"] for r in results if r["task_id"] == task]
        per_task[task] = [eff_at_k_by_hand(effs, k) for k in (1, 2)]
        assert model["tasks"][task]["eff@k"]["1"] == pytest.approx(per_task[task][0], rel=1e-12)
        assert model["tasks"][task]["eff@k"]["2"] == pytest.approx(per_task[task][1], rel=1e-12)
    assert model["eff@k"]["1"] == pytest.approx(sum(v[0] for v in per_task.values()) / 3, rel=1e-12)
    # pass@k: toy-0 and toy-2 have 2 of 3 right, toy-1 2 of 2
    assert model["pass@k"]["1"] == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)
    assert model["pass@k"]["2"] == pytest.approx(1.0)


@pytest.fixture(scope="module", params=RUNNERS)
def evalperf_run(request, evalperf_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"evalperf-run-{request.param}") / "out"
    return run_cli(EVALPLUS_SAMPLES, evalperf_dir, out, request.param, "--k", "1", "--dpe-min-correct", "1")


def dps_by_hand(cost, reps, scores):
    """EvalPerf: the first tier, scanning from the fastest, whose representative costs at least as much."""
    for j in range(len(reps) - 1, -1, -1):
        if cost <= reps[j]:
            return scores[j], 100 * (j + 1) / len(reps)
    return 0.0, 0.0


@pytest.mark.sandbox
def test_evalperf_end_to_end_dps_matches_the_definitions(evalperf_run):
    _, _, board, records = evalperf_run
    models = board["models"]

    def cost(task, subject):
        """The subject's count on the DPE input: from its ENAMEL-plan run, else from its profiling run."""
        mine = sorted((r for r in records if r["task"] == task and r["subject"] == subject and r["level"] == 1
                       and r["instructions"] is not None and r["correct"]), key=lambda r: r["phase"] != "level")
        return mine[0]["instructions"] if mine else None

    for row in evalperf_rows():
        task = "evalperf-" + row["task_id"].lower().replace("/", "-")
        reps = [cost(task, f"tier:{i}") for i in range(len(row["reference"]))]
        assert reps == sorted(reps, reverse=True) and len(set(reps)) == len(reps)
        for i in range(len(reps)):
            # each reference re-submitted as a sample counts exactly what its representative counts, so it
            # earns its own tier: DPS = that tier's score, DPS_norm = 100 (i + 1) / tiers
            assert cost(task, f"tier-{i}/{task}/0") == reps[i]
            got = models[f"tier-{i}"]["tasks"][task]
            assert (got["dps"], got["dps_norm"]) == (row["scores"][i], 100 * (i + 1) / len(reps))
            assert dps_by_hand(reps[i], reps, row["scores"]) == (row["scores"][i], 100 * (i + 1) / len(reps))
    toy7 = evalperf_rows()[0]
    reps = [cost("evalperf-toy-7", f"tier:{i}") for i in range(3)]
    completion = cost("evalperf-toy-7", "completion/evalperf-toy-7/0")
    assert reps[1] < completion < reps[0]  # between tiers 0 and 1: it earns tier 0
    got = models["completion"]["tasks"]["evalperf-toy-7"]
    assert (got["dps"], got["dps_norm"]) == (toy7["scores"][0], 100 / 3)
    tier1 = [models["tier-1"]["tasks"][t]["dps"] for t in ("evalperf-toy-7", "evalperf-toy-8")]
    assert models["tier-1"]["DPS"] == pytest.approx(sum(tier1) / 2)  # the mean over its two tasks
    assert models["tier-2"]["eff@k"]["1"] == 1.0  # the expert against itself
    assert models["slowest"]["DPS"] == 0.0  # slower than the slowest tier: 0, as EvalPerf scores it
    assert models["wrong"]["DPS"] is None and models["wrong"]["pass@k"]["1"] == 0.0  # incorrect: not profiled


@pytest.mark.parametrize("key", ["\u00b2", "9" * 5000, "1.5"])
def test_enamel_object_keys_that_are_no_problem_index_are_one_line(enamel_dir, key):
    """An object keyed by problem index whose key int() cannot read (a superscript digit, which isdigit() accepts;
    5000 digits, past Python's int-to-str limit) was a ValueError traceback."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    path = write(enamel_dir.parent / "keys.json", json.dumps({"0": ["pass"], key: ["pass"]}))
    with pytest.raises(SampleError) as caught:
        load_samples(path, suite)
    assert str(caught.value).startswith(f"{path}") and "\n" not in str(caught.value)


def test_enamel_object_with_a_negative_index_names_that_problem(enamel_dir):
    suite = {t.id: t for t in load_suite(enamel_dir)}
    path = write(enamel_dir.parent / "neg.json", json.dumps({"0": ["pass"], "-1": ["pass"]}))
    with pytest.raises(SampleError, match=r"problem -1: no imported ENAMEL task"):
        load_samples(path, suite)


@pytest.mark.parametrize("fmt", ["auto", "enamel"])
def test_enamel_json_that_is_broken_or_followed_by_text_says_where(enamel_dir, fmt):
    """ENAMEL's samples are one JSON document, often pretty-printed.  Text after it (a stray line) was read as
    JSONL and reported at line 1 as 'each line must be a JSON object'; a document broken on line 40 was
    'line 1: invalid JSON (Expecting value at column 2)'.  Both name the line now."""
    suite = {t.id: t for t in load_suite(enamel_dir)}
    codes = json.loads(ENAMEL_SAMPLES.read_text())
    after = write(enamel_dir.parent / "after.json", json.dumps(codes) + "\n\ngarbage\n")
    with pytest.raises(SampleError) as caught:
        load_samples(after, suite, fmt=fmt)
    assert str(caught.value) == f"{after}: line 3: text after the end of ENAMEL's samples (one JSON document)"
    pretty = json.dumps(codes, indent=1).splitlines()
    broken = write(enamel_dir.parent / "broken.json", "\n".join(pretty[:4] + ["  ,"] + pretty[4:]))
    with pytest.raises(SampleError) as caught:
        load_samples(broken, suite, fmt=fmt)
    assert str(caught.value).startswith(f"{broken}: invalid JSON (") and "line 5 column" in str(caught.value)
