"""The public Python API (effbench/api.py): real runs through the process sandbox on the fixture task, in cpu and
instructions mode, typed results equal to the run directory's leaderboard, resumable by the CLI (one code path), and
bad input refused with one EffbenchError before anything is measured."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import effbench
from effbench.api import Evaluation, ModelScore, TaskScore
from effbench.cli.main import main
from effbench.errors import EffbenchError, SampleError, SetupError
from effbench.measuring.parallel import usable_cpus
from effbench.measuring.executors import CLI_NAMES, Executor

from .conftest import FIXTURE_TASKS

TASK = "prefix-max"
SOL = FIXTURE_TASKS / TASK / "solutions"
ROOT = Path(__file__).resolve().parent.parent
BUGGY = "def prefix_max(nums):\n    return sorted(nums)\n"
CORES = len(usable_cpus())


def rows() -> list[dict]:
    return [{"task_id": TASK, "model": "expert", "solution": (SOL / "loop.py").read_text()},
            {"task_id": TASK, "model": "quadratic", "solution": (SOL / "rescan.py").read_text()},
            {"task_id": TASK, "model": "buggy", "solution": BUGGY}]


def records(run_dir: Path) -> list[str]:
    return (run_dir / "records.jsonl").read_text().splitlines()


@pytest.fixture
def in_tmp(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def cpu_run(tmp_path_factory) -> Evaluation:
    out = tmp_path_factory.mktemp("api") / "cpu"
    # alpha 3 and 3 repeats, as tests/test_pipeline.py, so that a loaded machine's spikes do not stop the expert
    return effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out=out, measure="cpu", repeats=3, alpha=3.0)


@pytest.mark.sandbox
def test_cpu_mode_returns_typed_scores_equal_to_the_run_directory(cpu_run):
    result = cpu_run
    assert isinstance(result, Evaluation) and result.measure == "cpu" and result.complete
    assert json.loads((result.run_dir / "run.json").read_text())["executor"] == {"kind": "local", "jobs": 1}
    assert set(result.models) == {"expert", "quadratic", "buggy"}
    assert all(isinstance(m, ModelScore) for m in result.models.values())
    expert, quadratic, buggy = (result.models[m] for m in ("expert", "quadratic", "buggy"))
    assert expert.pass_at_1 == quadratic.pass_at_1 == 1.0 and buggy.pass_at_1 == 0.0 and buggy.eff_at_1 == 0.0
    assert expert.eff_at_1 is not None and quadratic.eff_at_1 is not None
    assert quadratic.eff_at_1 < expert.eff_at_1  # O(n^2) against the O(n) expert, at 8000 items
    task = expert.tasks[TASK]
    assert isinstance(task, TaskScore) and (task.n, task.passed) == (1, 1) and task.pass_at_k == {1: 1.0}
    assert expert.dps is None and task.dps is None  # the fixture task has no tier file: DPE does not score it
    # the figures are the leaderboard's, and the leaderboard is the run directory's
    board = json.loads((result.run_dir / "leaderboard.json").read_text())
    assert board == result.leaderboard
    for name, model in result.models.items():
        entry = board["models"][name]
        assert model.pass_at_k == {int(k): v for k, v in entry["pass@k"].items()}
        assert model.eff_at_k == {int(k): v for k, v in entry["eff@k"].items()}
        assert (model.n_tasks, model.n_samples) == (entry["n_tasks"], entry["n_samples"])
    assert (result.run_dir.parent / "cpu.samples.jsonl").read_text().count("\n") == 3  # the rows, as a file


@pytest.mark.sandbox
def test_results_are_frozen(cpu_run):
    with pytest.raises(dataclasses.FrozenInstanceError):
        cpu_run.infra = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        cpu_run.models["expert"].tasks[TASK] = None  # type: ignore[index]


@pytest.mark.sandbox
def test_a_run_made_by_the_api_resumes_from_the_cli_and_rescores_the_same(cpu_run):
    """One code path: the command finds the API's run complete (nothing is measured again) and scores it alike."""
    before = records(cpu_run.run_dir)
    samples = cpu_run.run_dir.parent / "cpu.samples.jsonl"
    result = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out",
                                       str(cpu_run.run_dir), "--repeats", "3", "--alpha", "3", "--k", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    assert records(cpu_run.run_dir) == before
    board = json.loads((cpu_run.run_dir / "leaderboard.json").read_text())
    assert board["models"] == cpu_run.leaderboard["models"]
    again = effbench.score(cpu_run.run_dir)
    assert again.models == cpu_run.models and again.run_dir == cpu_run.run_dir


@pytest.mark.sandbox
def test_a_resumed_run_is_scored_at_the_k_values_given_now(cpu_run, tmp_path):
    """`effbench run` again with another --k (nothing left to measure) printed and wrote the first run's k values:
    the k given was dropped on the way to the scoring, while `effbench score --k` and the DPE options were kept."""
    run_dir = tmp_path / "cpu"
    shutil.copytree(cpu_run.run_dir, run_dir)
    before = records(run_dir)
    samples = cpu_run.run_dir.parent / "cpu.samples.jsonl"
    result = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out", str(run_dir),
                                       "--repeats", "3", "--alpha", "3", "--k", "1,2", "--quiet"])
    assert result.exit_code == 0, result.output
    assert records(run_dir) == before  # resumed: nothing measured again
    board = json.loads((run_dir / "leaderboard.json").read_text())
    assert all(set(m["pass@k"]) == {"1", "2"} for m in board["models"].values())
    # the table printed shows the ks some model has a score at (reports.source.shown_ks): one sample a task, k = 1
    assert "pass@1" in result.stdout.splitlines()[0] and "pass@2" not in result.stdout


@pytest.mark.sandbox
def test_instructions_mode_counts_a_copy_of_the_expert_as_the_expert(in_tmp):
    """Counts are deterministic: a sample that is the expert's code costs exactly the expert's count, eff 1."""
    samples = in_tmp / "s.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows()))
    result = effbench.evaluate(samples, tasks_dir=FIXTURE_TASKS, measure="instructions", ks=[1], jobs=1)
    assert result.run_dir == Path("runs") / "s"  # runs/<samples name>, as effbench run
    # the executor asked for, not the default (every core, counting instructions)
    assert json.loads((result.run_dir / "run.json").read_text())["executor"] == {"kind": "local", "jobs": 1}
    assert result.measure == "instructions" and result.complete
    assert result.leaderboard["meta"]["measurement"]["backend"] in ("callgrind", "perf")
    assert result.models["expert"].eff_at_1 == 1.0
    assert result.models["buggy"].pass_at_1 == 0.0
    quadratic = result.models["quadratic"].eff_at_1
    assert quadratic is not None and 0.0 <= quadratic < 1.0


@pytest.mark.parametrize("kwargs, message", [
    ({"measure": "speed"}, "measure must be one of cpu, wall, instructions, got 'speed'"),
    ({"runner": "vm"}, "runner must be one of process, docker, auto, got 'vm'"),
    ({"alpha": float("nan")}, "alpha must be a finite number above 1, got nan"),
    ({"alpha": 1.0}, "alpha must be a finite number above 1, got 1.0"),
    ({"alpha": "2"}, "alpha must be a finite number above 1, got '2'"),  # a string: said as one ("got 2" read false)
    ({"repeats": 0}, "repeats must be an integer from 1 to 100, got 0"),
    ({"ks": [0, 1]}, "ks must be positive integers, got [0, 1]"),
    ({"ks": []}, "ks must be positive integers, got []"),
    ({"dpe_max_profile": 0}, "dpe_max_profile must be an integer of at least 1, got 0"),
    ({"tasks": ["no-such-task"]}, "unknown task id(s): no-such-task"),
    ({"jobs": 0}, f"jobs 0: must be between 1 and the {CORES} core(s) this process may use"),
    ({"jobs": CORES + 1}, f"jobs {CORES + 1}: must be between 1 and the {CORES} core(s) this process may use"),
    ({"jobs": True}, "jobs must be an integer, got True"),
    ({"jobs": 1, "executor": "ray"}, "jobs is for the local executor; a Ray cluster runs a task per CPU it has"),
    ({"executor": "local", "ray_address": "127.0.0.1:6379"}, "ray_address needs executor ray (or no executor)"),
    ({"executor": "dask"}, "executor must be one of local, ray, got 'dask'"),
    ({"ks": 1}, "ks must be positive integers, got 1"),
    ({"tasks": 7}, "tasks must be task ids (strings), got 7"),
    ({"tasks": ["prefix-max", 7]}, "tasks must be task ids (strings), got ['prefix-max', 7]"),
])
def test_bad_arguments_are_one_error_before_anything_is_measured(in_tmp, kwargs, message):
    with pytest.raises(EffbenchError) as info:
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out="run", **kwargs)
    assert str(info.value) == message and "\n" not in str(info.value)
    assert not (in_tmp / "run").exists()


def test_without_ray_the_ray_executor_says_how_to_get_it(in_tmp, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # what an environment without the extra looks like to import
    with pytest.raises(SetupError, match=r"^executor ray needs Ray: pip install 'effbench\[ray\]'$"):
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out="run", executor="ray")
    assert not (in_tmp / "run").exists()


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the ray extra is not installed")
def test_a_ray_address_alone_means_the_ray_executor():
    assert Executor.choose(None, "10.0.0.1:6379", None, "cpu") == Executor("ray", address="10.0.0.1:6379")
    assert Executor.choose("ray", None, None, "instructions") == Executor("ray", address=None)


def test_the_default_executor_is_every_core_counting_and_one_slot_timing():
    assert Executor.choose(None, None, None, "instructions") == Executor("local", CORES)
    assert Executor.choose(None, None, None, "cpu") == Executor.choose(None, None, None, "wall") == Executor("local", 1)


@pytest.mark.skipif(CORES < 2, reason="two slots need two cores")
def test_two_slots_timing_are_allowed_with_a_warning_in_the_callers_words():
    said: list[str] = []
    assert Executor.choose(None, None, 2, "cpu", warn=said.append, names=CLI_NAMES) == Executor("local", 2)
    assert said == ["--jobs 2 in cpu mode: slots running at once disturb each other's times (README, Throughput)"]
    said.clear()
    Executor.choose("local", None, 2, "instructions", warn=said.append)
    assert said == []  # counts do not depend on what else runs


def test_bad_rows_are_sample_errors_naming_the_row(in_tmp):
    with pytest.raises(SampleError, match=r"samples row 1: expected a mapping .*got str"):
        effbench.evaluate([rows()[0], "def f(): pass"], tasks_dir=FIXTURE_TASKS, out="run")
    with pytest.raises(SampleError, match=r"samples row 0: not JSON-serialisable"):
        effbench.evaluate([{"task_id": TASK, "solution": object()}], tasks_dir=FIXTURE_TASKS, out="run")
    with pytest.raises(SampleError, match=r"run\.samples\.jsonl.*2.*unknown task"):
        effbench.evaluate([rows()[0], {"task_id": "nope", "solution": BUGGY}], tasks_dir=FIXTURE_TASKS, out="run")
    with pytest.raises(SampleError, match="expected a path or an iterable of rows"):
        effbench.evaluate({"task_id": TASK}, tasks_dir=FIXTURE_TASKS, out="run")  # type: ignore[arg-type]
    for not_rows in (None, 5):  # were TypeErrors: "'NoneType' object is not iterable"
        with pytest.raises(SampleError, match="expected a path or an iterable of rows"):
            effbench.evaluate(not_rows, tasks_dir=FIXTURE_TASKS, out="run")  # type: ignore[arg-type]
    with pytest.raises(SampleError, match=r"run\.samples\.jsonl:1: 'task_id' must be a string, not int 7"):
        effbench.evaluate([{"task_id": 7, "solution": BUGGY}], tasks_dir=FIXTURE_TASKS, out="run")  # was "missing"
    assert not (in_tmp / "run").exists()


@pytest.mark.sandbox  # planning checks the sandbox can start (bwrap); nothing is measured
def test_one_task_id_as_a_string_is_that_task_not_its_letters(in_tmp, monkeypatch):
    """tasks="prefix-max" was read letter by letter ("unknown task id(s): p, r, e, f, ..."); a str is one id."""
    import effbench.api as api
    seen = {}

    def stop(tasks, *args, **kwargs):
        seen["tasks"] = [t.id for t in tasks]
        raise RuntimeError("stop before measuring")
    monkeypatch.setattr(api, "execute_run", stop)
    with pytest.raises(RuntimeError, match="stop before measuring"):
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out="run", tasks="prefix-max")
    assert seen["tasks"] == ["prefix-max"]


def test_an_out_that_is_a_file_and_a_missing_run_are_refused(in_tmp):
    with pytest.raises(EffbenchError, match=r"^out must be a path, got int 5$"):  # was a TypeError from pathlib
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out=5)  # type: ignore[arg-type]
    (in_tmp / "file").write_text("")
    with pytest.raises(EffbenchError, match="exists and is not a directory"):
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out="file")
    (in_tmp / "mine").mkdir()
    (in_tmp / "mine" / "notes.txt").write_text("mine\n")
    with pytest.raises(EffbenchError, match=r"^out mine: .*is not a run directory \(it holds notes.txt"):
        effbench.evaluate(rows(), tasks_dir=FIXTURE_TASKS, out="mine")  # a folder of the user's: not made a run
    assert [p.name for p in (in_tmp / "mine").iterdir()] == ["notes.txt"]
    with pytest.raises(EffbenchError, match="not a run directory"):
        effbench.score(in_tmp / "nothing")


def test_the_package_exports_the_api():
    assert effbench.evaluate is effbench.api.evaluate and effbench.EffbenchError is EffbenchError
    assert set(effbench.__all__) >= {"evaluate", "score", "Evaluation", "ModelScore", "TaskScore"}
    with pytest.raises(AttributeError):
        effbench.no_such_name  # noqa: B018


def readme_python_api_example() -> str:
    """The README's Python API example: the first ```python block of its "Python API" section."""
    section = ROOT.joinpath("README.md").read_text().split("\n## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "the README's Python API section has no python example"
    return blocks[0]


@pytest.mark.sandbox
def test_the_readme_example_runs(in_tmp, capsys):
    code = readme_python_api_example()
    namespace: dict = {}
    exec(compile(code, "README.md (Python API)", "exec"), namespace)  # noqa: S102 - our own README
    result = namespace["result"]
    assert isinstance(result, Evaluation) and result.complete
    printed = capsys.readouterr().out
    assert printed.strip(), "the example prints its scores"
    for name, model in result.models.items():
        assert model.pass_at_1 == 1.0, name  # the README's solution is right
        assert name in printed
    assert (in_tmp / result.run_dir / "leaderboard.json").is_file()
