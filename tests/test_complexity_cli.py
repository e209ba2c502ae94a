"""``effbench complexity`` for real: callgrind counts in the process sandbox, through click's CliRunner and as a
subprocess, on the fixture task prefix-max (expert O(n), references O(n) and O(n^2))."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.schema_check import first_problem, run_dir_problems
from effbench.scoring.complexity_summary import classify, derive_document

from .conftest import FIXTURE_TASKS, write_samples
from .hostile import SHOUT, SHOUT_SHOWN, assert_inert

ROOT = Path(__file__).parents[1]
TASK = "prefix-max"
QUADRATIC = "def prefix_max(nums):\n    return [max(nums[:i + 1]) for i in range(len(nums))]\n"
LINEAR = (FIXTURE_TASKS / TASK / "solutions" / "loop.py").read_text()
WRONG = "def prefix_max(nums):\n    return sorted(nums)\n"
HOSTILE = ("import os\nfrom itertools import accumulate\ndef prefix_max(nums):\n    if len(nums) > 50:\n"
           "        os._exit(3)\n    return list(accumulate(nums, max))\n")
# raises, at the first size (one run a sweep), what would drive the terminal its failure is printed on
SHOUTING = f"def prefix_max(nums):\n    raise ValueError({SHOUT!r})\n"
# The module's sweep plan: a small count budget (the default is 1.5e8), which classifies prefix-max's subjects
FAST_PLAN = {"count_budget": 3e6, "run_timeout": 20.0}
FAST = [word for name, value in FAST_PLAN.items() for word in (f"--{name.replace('_', '-')}", f"{value:g}")]


def _samples(tmp: Path) -> Path:
    rows = [{"task_id": TASK, "model": "good", "solution": LINEAR},
            {"task_id": TASK, "model": "slow", "solution": QUADRATIC},
            {"task_id": TASK, "model": "wrong", "solution": WRONG},
            {"task_id": TASK, "model": "hostile", "solution": HOSTILE},
            {"task_id": TASK, "model": "shouting", "solution": SHOUTING}]
    return write_samples(tmp / "samples.jsonl", rows)


def _env() -> dict:
    """The environment of `python3 -m effbench` as a subprocess: this checkout (and its runners' shim) first."""
    path = [str(ROOT / ".shim"), str(ROOT), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path)}


@pytest.fixture(scope="module")
def sweeps(tmp_path_factory):
    """The module's two sweeps of the same samples, made at the same time: each is one process counting under
    callgrind, which keeps one core busy while the other waits, so on the 2-core CI machine the pair takes about
    the time of the longer one.  Instruction counts do not depend on the load (the tests below compare them).

    fresh: one sweep at the tests' budget, as a subprocess (`python3 -m effbench`): the document and what it
    printed.  extended: the samples swept through click's runner at a third of the budget, then that document
    continued to the tests' budget (--extend): the earlier sweep and the continued one.  These two sweep the expert's
    reference and no other (--no-references, ONLY_FRESH): the samples and the expert are what the comparisons need,
    and the other references would only make the pair longer."""
    import signal
    tmp = tmp_path_factory.mktemp("cx")
    samples = _samples(tmp)
    with (tmp / "printed.txt").open("w") as printed, (tmp / "errors.txt").open("w") as errors:
        proc = subprocess.Popen([sys.executable, "-m", "effbench", "complexity", str(samples), "--tasks-dir",
                                 str(FIXTURE_TASKS), *FAST, "--out", str(tmp / "a.json")],
                                stdout=printed, stderr=errors, env=_env(), cwd=tmp, start_new_session=True)
    try:
        args = ["complexity", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--run-timeout", "20",
                "--no-references"]
        for name, extra in (("prior", ["--count-budget", "1e6"]),
                            ("extended", ["--count-budget", "3e6", "--extend", str(tmp / "prior.json")])):
            result = CliRunner().invoke(main, [*args, *extra, "--out", str(tmp / f"{name}.json")],
                                        catch_exceptions=False)
            assert result.exit_code == 0, result.output
        assert proc.wait(timeout=900) == 0, (tmp / "errors.txt").read_text()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
    fresh = json.loads((tmp / "a.json").read_text()), (tmp / "printed.txt").read_text()
    return fresh, tuple(json.loads((tmp / f"{name}.json").read_text()) for name in ("prior", "extended"))


#: The subjects only the fresh sweep has: the references but the expert's (the extended pair sweeps without them).
ONLY_FRESH = frozenset({"ref:rescan", "ref:accumulate"})


def _both(doc: dict, key: str) -> list:
    """*doc*'s entries under *key* (sweeps, classified) of the subjects both the fresh and the extended sweeps have."""
    return [entry for entry in doc[key] if entry["subject"] not in ONLY_FRESH]


@pytest.fixture(scope="module")
def fresh(sweeps):
    return sweeps[0]


@pytest.fixture(scope="module")
def extended(sweeps):
    return sweeps[1]


@pytest.mark.sandbox
def test_classes_and_verdicts(fresh):
    doc, out = fresh
    classes = {c["subject"]: c["cls"] for c in doc["classified"]}
    assert classes["ref:loop"] == "n" and classes["ref:rescan"] == "n^2"
    rows = {r["model"]: r for r in doc["samples"]}
    assert rows["good"]["class"] == "n" and rows["good"]["worse"] is False
    assert rows["slow"]["class"] == "n^2" and rows["slow"]["worse"] is True
    assert rows["wrong"]["class"] is None and "wrong answer" in rows["wrong"]["problem"]
    assert rows["hostile"]["class"] is None and rows["hostile"]["problem"].startswith("exit at size")
    assert doc["models"]["good"]["at_expert_class_or_better"] == 1.0
    assert doc["models"]["slow"]["at_expert_class_or_better"] == 0.0
    assert doc["meta"]["plan"]["measure"] == "instructions" and doc["meta"]["counter"]
    assert "references (instructions)" in out and "model slow (instructions)" in out
    for sweep in doc["sweeps"]:
        if not sweep["failure"]:
            assert len(sweep["points"]) >= 8


@pytest.mark.sandbox
def test_what_a_sample_raised_is_printed_as_its_escapes(fresh):
    """The sweep's line for a sample that failed quotes what it raised: escape sequences reached the terminal as
    they were, and a lone surrogate ended the command (UnicodeEncodeError, exit 1, no document written)."""
    doc, out = fresh
    assert_inert(out)
    line = next(line for line in out.splitlines() if "shouting/" in line)
    assert line.endswith(f"error at size 4: ValueError: {SHOUT_SHOWN} in call"), line
    row = next(r for r in doc["samples"] if r["model"] == "shouting")
    assert row["class"] is None and SHOUT in row["problem"]  # the document keeps the text itself


@pytest.mark.sandbox
def test_instruction_counts_give_the_same_classes_twice(fresh, extended):
    """Two processes, one a subprocess and one click's runner reaching the same budget by another path: each size
    both measured has the same count (the extending test below checks that they measured the same sizes), and every
    subject gets the same class."""
    a, (_, b) = fresh[0], extended
    assert {s["subject"] for s in a["sweeps"]} >= ONLY_FRESH
    for mine, theirs in zip(_both(a, "sweeps"), b["sweeps"], strict=True):
        assert mine["subject"] == theirs["subject"]
        costs = {p["size"]: p["cost"] for p in theirs["points"]}
        assert all(p["cost"] == costs[p["size"]] for p in mine["points"] if p["size"] in costs)
    assert [(c["subject"], c["cls"]) for c in _both(a, "classified")] == \
        [(c["subject"], c["cls"]) for c in b["classified"]]


@pytest.mark.sandbox
def test_derived_part_is_recomputed_from_the_sweeps_alone(fresh):
    doc, _ = fresh
    bare = {"meta": doc["meta"], "sweeps": doc["sweeps"]}
    assert derive_document(bare)["classified"] == doc["classified"]
    assert derive_document(bare)["accuracy"] == doc["accuracy"]


@pytest.mark.parametrize("extra,words", [
    (["--tasks", "no-such-task"], "unknown task id"),
    (["--min-points", "3"], "min-points"),
    (["--measure", "wall"], "measure"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, extra, words):
    result = CliRunner().invoke(main, ["complexity", "--tasks-dir", str(FIXTURE_TASKS), "--out",
                                       str(tmp_path / "x.json"), *extra])
    assert result.exit_code == 2 and words in result.output
    assert not (tmp_path / "x.json").exists()


def test_out_directory_and_bad_samples_refused_before_measuring(tmp_path):
    result = CliRunner().invoke(main, ["complexity", "--tasks-dir", str(FIXTURE_TASKS), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "is a directory" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    result = CliRunner().invoke(main, ["complexity", str(bad), "--tasks-dir", str(FIXTURE_TASKS), "--out",
                                       str(tmp_path / "x.json")])
    assert result.exit_code == 2 and str(bad) in result.output
    assert not (tmp_path / "x.json").exists()


def test_a_plots_folder_that_cannot_be_written_is_refused_before_measuring(tmp_path):
    """--plots is written after every sweep: a folder under a file was a traceback once they were done."""
    (tmp_path / "file").write_text("")
    result = CliRunner().invoke(main, ["complexity", "--tasks-dir", str(FIXTURE_TASKS), "--out",
                                       str(tmp_path / "x.json"), "--plots", str(tmp_path / "file" / "plots")])
    assert result.exit_code == 2 and "--plots" in result.output and "is not a directory" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("command", [["complexity"], ["run", "samples.jsonl"], ["tasks", "export-samples", "x.jsonl"]])
@pytest.mark.parametrize("given", ["", " , "])
def test_tasks_given_but_naming_none_is_refused_not_read_as_every_task(tmp_path, monkeypatch, command, given):
    """An empty --tasks (an unset shell variable) meant every task: for complexity, an hour of sweeps."""
    write_samples(tmp_path / "samples.jsonl", [{"task_id": TASK, "solution": LINEAR}])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [*command, "--tasks", given, "--tasks-dir", str(FIXTURE_TASKS)])
    assert result.exit_code == 2 and f"--tasks {given!r}: names no task id" in result.output
    assert len(result.output.strip().splitlines()) == 1 and sorted(p.name for p in tmp_path.iterdir()) == [
        "samples.jsonl"]


def test_every_option_says_what_it_does():
    from effbench.cli.complexity import complexity
    bare = [p.opts[-1] for p in complexity.params if isinstance(p, click.Option) and not p.help]
    assert not bare, f"options without help: {bare}"


@pytest.mark.sandbox
def test_run_with_complexity_adds_the_share_to_the_leaderboard_and_rescoring_keeps_it(tmp_path):
    import jsonschema
    samples = write_samples(tmp_path / "s.jsonl", [{"task_id": TASK, "model": "good", "solution": LINEAR},
                                                   {"task_id": TASK, "model": "slow", "solution": QUADRATIC}])
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out", str(out),
                                       "--repeats", "1", "--alpha", "50", "--k", "1", "--quiet", "--complexity"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    board = json.loads((out / "leaderboard.json").read_text())
    jsonschema.validate(board, json.loads((ROOT / "effbench" / "schemas" / "leaderboard.schema.json").read_text()))
    assert board["models"]["good"]["complexity"]["at_expert_class_or_better"] == 1.0
    assert board["models"]["slow"]["complexity"]["at_expert_class_or_better"] == 0.0
    assert board["meta"]["complexity"]["mode"] == "instructions"
    assert "cx<=expert" in result.output
    assert run_dir_problems(out) == []  # complexity.json and a counted run's files fit the shipped schemas
    rescored = CliRunner().invoke(main, ["score", str(out)], catch_exceptions=False)
    assert rescored.exit_code == 0
    assert json.loads((out / "leaderboard.json").read_text())["models"] == board["models"]
    # killed during the sweeps: the document holds only some of them (the expert's and good's, so that resuming
    # continues the expert and sweeps a sample afresh against it), and scoring leaves the share out
    whole = json.loads((out / "complexity.json").read_text())
    assert [s["subject"] for s in whole["sweeps"]] == ["ref:loop", "good/prefix-max/0", "slow/prefix-max/0"]
    (out / "complexity.json").write_text(json.dumps({"meta": {**whole["meta"], "partial": "0 of 1 tasks"},
                                                     "sweeps": whole["sweeps"][:2]}))
    assert CliRunner().invoke(main, ["score", str(out)], catch_exceptions=False).exit_code == 0
    partial_board = json.loads((out / "leaderboard.json").read_text())
    assert all("complexity" not in m for m in partial_board["models"].values())
    # the same command resumes: the sweeps kept are continued (their tops measured again), the rest swept
    again = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out", str(out),
                                      "--repeats", "1", "--alpha", "50", "--k", "1", "--quiet", "--complexity"],
                               catch_exceptions=False)
    assert again.exit_code == 0, again.output
    resumed = json.loads((out / "complexity.json").read_text())
    assert "partial" not in resumed["meta"]
    def counts(doc):
        return [(s["subject"], [(p["size"], p["cost"]) for p in s["points"]]) for s in doc["sweeps"]]
    assert counts(resumed) == counts(whole)
    assert [s["extended"]["top_drift"] for s in resumed["sweeps"][:2]] == [0.0, 0.0]
    assert not resumed["sweeps"][2]["extended"]
    assert first_problem(resumed, "complexity") is None
    assert json.loads((out / "leaderboard.json").read_text())["models"] == board["models"]
    # its sweeps as another harness left them (other runner files: what the run's own workers are checked for, but
    # not a cpu-mode run's counter): resuming them is refused as the run's resume is, and they are left as they were
    worker = dict(resumed["meta"].get("worker", {}), runners="0" * 12)
    forged = dict(resumed, meta={**resumed["meta"], "worker": worker})
    (out / "complexity.json").write_text(json.dumps(forged))
    refused = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out", str(out),
                                        "--repeats", "1", "--alpha", "50", "--k", "1", "--quiet", "--complexity"])
    assert refused.exit_code == 2 and f"runners '{'0' * 12}' recorded" in refused.output, refused.output
    assert json.loads((out / "complexity.json").read_text()) == forged


def _document(plan: dict) -> dict:
    return {"meta": {"plan": plan}, "sweeps": []}


@pytest.mark.parametrize("change,words", [
    ({"seed": 1}, "plan differs in seed"),
    ({"common_inputs": False}, "plan differs in common_inputs"),
    ({"count_budget": 1e9}, "is below the earlier document's"),
    ({"measure": "cpu"}, "only instructions-mode"),
    ({}, "does not record the worker that counted it"),  # made before documents recorded it (the baselines')
])
def test_extend_refuses_a_document_it_cannot_continue_before_measuring(tmp_path, change, words):
    from effbench.measuring.complexity_sweep import SweepPlan
    _refused_extend(tmp_path, _document({**SweepPlan().to_dict(), **change}), words)


@pytest.mark.parametrize("worker", [{}, None, [], "python"])
def test_extend_refuses_a_document_whose_recorded_worker_is_empty_or_no_description(tmp_path, worker):
    """``"worker": {}`` passed as a worker recorded, and the setup check then had nothing to compare: counts of
    another runner were continued."""
    from effbench.measuring.complexity_sweep import SweepPlan
    document = _document(SweepPlan().to_dict())
    document["meta"]["worker"] = worker
    _refused_extend(tmp_path, document, "does not record the worker that counted it")


def _refused_extend(tmp_path, document: dict, words: str) -> None:
    prior = tmp_path / "prior.json"
    prior.write_text(json.dumps(document))
    out = tmp_path / "x.json"
    result = CliRunner().invoke(main, ["complexity", "--tasks-dir", str(FIXTURE_TASKS), "--extend", str(prior),
                                       "--out", str(out)])
    assert result.exit_code == 2 and words in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def _forged(points) -> str:
    from effbench.measuring.complexity_sweep import SweepPlan
    return json.dumps({"meta": {"plan": SweepPlan().to_dict()},
                       "sweeps": [{"task": TASK, "subject": "ref:loop", "points": points}]})


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"meta": {}}', "[" * 100_000,
                                  _forged([{"size": 10, "cost": "many", "wall": 0.1}]),
                                  _forged([{"size": 10.5, "cost": 1e6, "wall": 0.1}]),
                                  _forged([{"size": 10, "cost": float("nan"), "wall": 0.1}]),
                                  _forged([{"size": 10, "cost": 1e6}]),
                                  _forged([{"size": 10, "cost": 1e6, "wall": 0.1, "colour": "red"}])])
def test_extend_refuses_what_is_not_a_complexity_document(tmp_path, text):
    prior = tmp_path / "prior.json"
    prior.write_text(text)
    result = CliRunner().invoke(main, ["complexity", "--tasks-dir", str(FIXTURE_TASKS), "--extend", str(prior),
                                       "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and "--extend" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.sandbox
def test_extending_a_document_measures_what_a_fresh_sweep_at_the_larger_budget_does(fresh, extended):
    """Real counts: a document at --count-budget 1e6 continued to 3e6, against the fresh sweep at 3e6 (the same
    samples and references): every size both measured has the same count, the sweeps reach the same top, and
    the classes are the same; the earlier sizes were not measured again (only each sweep's top, to check it)."""
    whole, (prior, continued) = fresh[0], extended
    assert continued["meta"]["extended_from"]["count_budget"] == 1e6
    assert [first_problem(doc, "complexity") for doc in (whole, prior, continued)] == [None] * 3
    before = {s["subject"]: s for s in prior["sweeps"]}
    grew = 0
    for mine, theirs in zip(continued["sweeps"], _both(whole, "sweeps"), strict=True):
        assert mine["subject"] == theirs["subject"] and bool(mine["failure"]) == bool(theirs["failure"])
        if mine["failure"]:
            continue
        assert mine["extended"]["top_drift"] == 0.0, mine["extended"]
        costs = {p["size"]: p["cost"] for p in theirs["points"]}
        shared = [p for p in mine["points"] if p["size"] in costs]
        assert len(shared) >= 8 and all(p["cost"] == costs[p["size"]] for p in shared)
        assert max(p["size"] for p in mine["points"]) == max(costs)
        grew += len(mine["points"]) > len(before[mine["subject"]]["points"])
    assert grew >= 2
    assert [(c["subject"], c["cls"]) for c in continued["classified"]] == \
        [(c["subject"], c["cls"]) for c in _both(whole, "classified")]


@pytest.mark.sandbox
def test_extending_with_other_runner_files_is_refused_before_measuring(tmp_path, extended, monkeypatch):
    """Other runner files (an upgraded effbench) moved the tops of these sweeps by -0.16 % to +0.04 %, inside the
    re-measure's tolerance, so --extend fitted classes to counts of two harnesses.  The document records its worker,
    and one that counts with another setup is refused as a resumed run's is: one line, exit 2, nothing written."""
    from effbench.sandbox import runner_source
    from effbench.sandbox.runner_source import runners_digest

    from .test_resume_setup import _other_runners
    prior, _ = extended
    earlier = tmp_path / "prior.json"
    earlier.write_text(json.dumps(prior))
    mine, other = runners_digest(), _other_runners(tmp_path)
    monkeypatch.setattr(runner_source, "runners_dir", lambda: other)
    out = tmp_path / "continued.json"
    result = CliRunner().invoke(main, ["complexity", str(_samples(tmp_path)), "--tasks-dir", str(FIXTURE_TASKS),
                                       "--count-budget", "3e6", "--run-timeout", "20", "--extend", str(earlier),
                                       "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1, result.output
    assert f"{earlier}: its workers would measure with another setup than its sweeps recorded: runners " \
           f"'{mine}' recorded, '{runners_digest(other)}' now" in result.output, result.output
    assert not out.exists() and json.loads(earlier.read_text()) == prior
    recorded = prior["meta"]["worker"]  # as a run records its runner: what the counts depend on, told by the worker
    assert recorded["runners"] == mine and recorded["counter"] == prior["meta"]["counter"] == "callgrind"
    assert recorded["executable"] and recorded["python"] and recorded["runner"] == "process"


@pytest.mark.sandbox
def test_a_sweep_killed_between_tasks_is_continued_from_the_document_it_wrote(tmp_path, fresh):
    """kill -9 while the second of two tasks is swept: the --out document holds the first task's sweep
    (meta.partial), equal to an uninterrupted sweep of it; --extend on it at the same budget keeps it (its top
    measured again, nothing added) and sweeps the second task.  Each task's expert alone is swept (--no-references),
    at the fresh sweep's plan: the first task is the fixture task itself, so its uninterrupted sweep is the fresh
    one's ref:loop, measured by another process (a sweep the kill cut short or spoiled differs from it); the second
    is a copy under another id, swept only by the continuing process."""
    import shutil
    import signal
    import time
    second = TASK + "-b"  # tasks are swept in id order: the fixture task first, then this copy
    tasks = tmp_path / "tasks"
    for name in (TASK, second):
        shutil.copytree(FIXTURE_TASKS / TASK, tasks / name)
    toml = tasks / second / "task.toml"
    toml.write_text(toml.read_text().replace(f'id = "{TASK}"', f'id = "{second}"'))
    args = [sys.executable, "-m", "effbench", "complexity", "--tasks-dir", str(tasks), "--no-references", *FAST]
    env = _env()
    out = tmp_path / "killed.json"
    proc = subprocess.Popen([*args, "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=tmp_path, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while not out.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the sweep ended before it could be killed between its tasks"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    killed = json.loads(out.read_text())
    assert killed["meta"]["partial"] == "1 of 2 tasks"
    (uninterrupted,) = [s for s in fresh[0]["sweeps"] if s["subject"] == "ref:loop"]
    assert [(s["task"], s["subject"]) for s in killed["sweeps"]] == [(TASK, "ref:loop")]

    def points(sweep: dict) -> list:
        return [(p["size"], p["cost"]) for p in sweep["points"]]

    assert points(killed["sweeps"][0]) == points(uninterrupted)
    done = subprocess.run([*args, "--extend", str(out), "--out", str(tmp_path / "continued.json")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    continued = json.loads((tmp_path / "continued.json").read_text())
    assert "partial" not in continued["meta"]
    kept, swept = continued["sweeps"]
    assert (kept["task"], kept["subject"], swept["task"], swept["subject"]) == (TASK, "ref:loop", second, "ref:loop")
    assert points(kept) == points(uninterrupted)
    assert kept["extended"]["top_drift"] == 0.0 and kept["extended"]["from_points"] == len(kept["points"])
    assert not swept["extended"] and len(swept["points"]) >= 8
    assert [c["cls"] for c in continued["classified"]] == [classify(s, True).cls for s in (kept, swept)] == ["n", "n"]
