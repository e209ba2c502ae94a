"""The composite action's own run steps executed with bash the way a runner would (tests/action_harness.py), on the
fixture task: the run, its summary and outputs, a regression against a baseline, the workflow commands a sample's
text could forge, and bad inputs and failures as one annotation each."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .action_harness import COMMON, ROOT, SOL, run_action, samples_command
from .workflow_commands import step_commands


@pytest.mark.sandbox
def test_action_runs_the_suite_and_writes_the_summary(baseline_run):
    res, work = baseline_run, baseline_run["work"]
    assert res["status"] == 0, res["log"]
    out = res["outputs"]
    assert out["leaderboard"] == "effbench-results/leaderboard.json" and out["regression"] == ""
    board = json.loads((work / out["leaderboard"]).read_text())
    assert board["kind"] == "run" and board["models"]["mine"]["pass@k"]["1"] == 1.0
    assert res["summary"].startswith("## effbench report") and "| mine | 1 | 1 |" in res["summary"]
    bench = json.loads((work / out["benchmark-json"]).read_text())
    assert {b["name"] for b in bench} >= {"mine / prefix-max (level 3)"} and all(b["value"] > 0 for b in bench)
    assert (work / out["html"]).read_text().startswith("<!DOCTYPE html>")
    uses, given = next((u, g) for u, g in res["uses"] if u.startswith("actions/upload-artifact@"))
    assert given["path"] == "effbench-results"


def own_commands(res: dict) -> list[tuple[str, str]]:
    """The workflow commands the runner acts on in the action's steps but the stops and resumes, once each stop
    is checked to have a fresh token and to be resumed in its own step."""
    stops = [c for c in res["commands"] if c.name == "stop-commands"]
    tokens = {c.data.lower() for c in stops}
    assert len(tokens) == len(stops), stops
    assert sorted((c.step, c.name) for c in res["commands"] if c.name in tokens) == \
        sorted((c.step, c.data.lower()) for c in stops), res["commands"]
    return [(c.name, c.data) for c in res["commands"] if c.name != "stop-commands" and c.name not in tokens]


HOSTILE = [("::error::forged", "loop.py"), ("##[add-mask]regression", "loop.py")]  # models: samples' text


@pytest.mark.sandbox
def test_action_fails_on_a_regression_against_the_baseline(baseline_run, tmp_path):
    """Also: the runner takes a line of a step's output starting `::error::` for an error annotation, and one
    holding `##[add-mask]` for a mask on the rest of the job's log; the score table `effbench run` prints starts
    each row with a model name, the samples' text.  Every effbench call runs with workflow commands stopped by a
    fresh token, resumed after it, and the only annotation is the action's own, for the regression of mine."""
    base_dir = baseline_run["work"] / baseline_run["outputs"]["run-dir"]
    res = run_action({**COMMON, "samples-command": samples_command("rescan.py", *HOSTILE), "baseline": str(base_dir),
                      "fail-on-regression": "True"}, tmp_path)  # GitHub's `==` ignores case: so does the action
    assert res["status"] == 1, res["log"]
    assert res["outputs"]["regression"] == "true"
    assert (tmp_path / "effbench-results" / "samples.jsonl").is_file()  # written by the samples command
    summary = res["summary"]
    assert summary.startswith("## effbench report") and "## effbench compare" in summary
    assert re.search(r"\| mine \| prefix-max \| [^|]+ \|.*\*\*REGRESSION\*\*", summary)
    assert "::error::effbench: regression" in res["log"]
    assert any(line.startswith("::error::forged") for line in res["log"].splitlines())  # shown as it is
    assert own_commands(res) == [("error", f"effbench: regression against {base_dir}")], res["log"]


def test_the_harness_reads_workflow_commands_as_the_runner_does():
    """Its rules on lines as the steps write them: both forms, any case, stop-commands and its token."""
    out = "::error::one\n  ::WARNING file=a.py::two\nsee ##[add-mask]three\n::nope::x\n::stop-commands::T0k\n"
    out += "::error::hidden\n##[error]hidden\n::t0K::\n::notice::four"
    assert [(c.name, c.data) for c in step_commands("s", out, "::group::five\r")] == [
        ("error", "one"), ("warning", "two"), ("add-mask", "three"), ("stop-commands", "T0k"), ("t0k", ""),
        ("notice", "four"), ("group", "five")]
    assert step_commands("s", "::stop-commands::T\n::T::", "::error::late")[-1].name == "error"  # stderr: after


@pytest.mark.sandbox
def test_action_passes_when_nothing_regressed(baseline_run, tmp_path):
    base_dir = baseline_run["work"] / baseline_run["outputs"]["run-dir"]
    res = run_action({**COMMON, "samples-command": samples_command("rescan.py"), "baseline": str(base_dir),
                      "fail-on-regression": "false"}, tmp_path)
    assert res["status"] == 0 and res["outputs"]["regression"] == "true"  # reported, not failed
    res = run_action({**COMMON, "samples": str(baseline_run["work"] / "samples.jsonl"),
                      "baseline": str(base_dir / "leaderboard.json"), "out-dir": "again"}, tmp_path)
    assert res["status"] == 0, res["log"]
    assert res["outputs"]["regression"] == "false" and "## effbench compare" in res["summary"]


@pytest.mark.sandbox
def test_action_without_samples_fails_clearly(tmp_path):
    res = run_action(dict(COMMON), tmp_path)
    assert res["status"] == 2 and "::error::effbench: no samples file" in res["log"]
    assert res["outputs"]["leaderboard"] == ""


def error_lines(res: dict) -> list[str]:
    return [line for line in res["log"].splitlines() if line.startswith("::error::")]


MARK_RAN = 'touch "$GITHUB_WORKSPACE/samples-command-ran"; '


@pytest.mark.sandbox
@pytest.mark.parametrize("inputs, message", [
    ({"baseline": "no/such/run"}, "no/such/run: no such run directory or leaderboard file"),
    ({"baseline": "corrupt.json"}, "corrupt.json: invalid JSON"),
    ({"baseline": "BASE", "measure": "wall"}, "measured cpu"),
    ({"baseline": "BASE", "threshold": "five"}, "threshold 'five' is not a number"),
    ({"fail-on-regression": "yes"}, "fail-on-regression"),
    ({"install": "1"}, "install"),
    ({"upload-artifact": "no"}, "upload-artifact"),
    ({"baseline": "BASE", "measure": "CPU"}, "Invalid value for '--measure': 'CPU'"),
    ({"baseline": "BASE", "args": "--jobs 1 --rules enamel"}, "scored under effbench rules, the new run uses enamel"),
    # the install step builds the callgrind no sample can steer from the measure input: `args: --measure
    # instructions` counted with an unsealed one, `--measure wall` after building it for nothing
    ({"baseline": "BASE", "args": "--measure=wall"}, "args: --measure is the action's measure input"),
    ({"args": f"{COMMON['args']}\n--measure instructions"}, "args: --measure is the action's measure input"),
    ({"out-dir": "plain/results"}, "out-dir plain/results: cannot be made or written"),
    # without a baseline nothing read the run's options before the samples-command, and `--help` made the run
    # print its help and exit 0: the job passed, unmeasured
    ({"args": f"{COMMON['args']} --help"}, "--help is no run option: `effbench run` given it would measure nothing"),
])
def test_bad_inputs_stop_the_job_in_one_line_before_anything_is_measured(baseline_run, tmp_path, inputs, message):
    """A baseline or threshold that compare would refuse, once the run is done, is refused before the samples are
    even made; so is a yes/no input that is neither true nor false (GitHub compares it ignoring case, bash did not)."""
    (tmp_path / "corrupt.json").write_text("{not json")
    (tmp_path / "plain").write_text("a file, not a folder\n")
    if inputs.get("baseline") == "BASE":
        inputs = {**inputs, "baseline": str(baseline_run["work"] / baseline_run["outputs"]["run-dir"])}
    res = run_action({**COMMON, "samples-command": MARK_RAN + samples_command("loop.py"), **inputs}, tmp_path)
    assert res["status"] == 2, res["log"]
    (line,) = error_lines(res)
    assert message in line, res["log"]
    assert not (tmp_path / "samples-command-ran").exists() and not (tmp_path / "effbench-results" / "run").exists()
    assert res["summary"] == "" and res["outputs"]["run-dir"] == ""


@pytest.mark.sandbox
def test_what_only_the_run_refuses_is_the_run_steps_one_line_with_its_exit(tmp_path):
    """An unknown --tasks id is read once the suite is loaded, in the run's body, after the samples-command (README):
    the run step's annotation, with the run's exit and its own words.  (No other test reached that annotation once
    the run options' check came to meet a missing effbench first.)"""
    res = run_action({**COMMON, "args": f"{COMMON['args']} --tasks no-such-task",
                      "samples-command": MARK_RAN + samples_command("loop.py")}, tmp_path)
    assert res["status"] == 2, res["log"]
    (line,) = error_lines(res)
    assert line.startswith("::error::effbench run failed (exit 2): ") and "no-such-task" in line, res["log"]
    assert (tmp_path / "samples-command-ran").exists()


@pytest.mark.sandbox
def test_a_failing_samples_command_is_one_line_with_its_status(tmp_path):
    res = run_action({**COMMON, "samples-command": "echo generating; exit 7"}, tmp_path)
    assert res["status"] == 7, res["log"]
    assert error_lines(res) == ["::error::effbench: samples-command failed (exit 7)"]


@pytest.mark.sandbox
def test_install_false_without_effbench_installed_says_so(tmp_path):
    """install: false on a runner where nothing installed effbench: the annotation said 'see the log above'.  The
    check of the run's options (check-run, before the samples-command) is the first to meet it, and says so."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    (tmp_path / "s.jsonl").write_text("{}\n")
    res = run_action({**COMMON, "samples": "s.jsonl"}, tmp_path,
                     runner_env={"PYTHONPATH": None, "PATH": f"{venv / 'bin'}:/usr/bin:/bin"})
    assert res["status"] == 1, res["log"]
    assert error_lines(res) == [f"::error::effbench: {venv / 'bin' / 'python3'}: No module named effbench"], res["log"]
    assert [name for name, _ in own_commands(res)] == ["error"]  # after its run, under commands_off


@pytest.mark.sandbox
def test_samples_that_are_missing_are_named(tmp_path):
    res = run_action({**COMMON, "samples": "my samples.jsonl"}, tmp_path)
    assert res["status"] == 2 and error_lines(res) == ["::error::effbench: samples: my samples.jsonl: no such file"]
    res = run_action({**COMMON, "samples-command": "true"}, tmp_path)
    assert res["status"] == 2, res["log"]
    (line,) = error_lines(res)
    assert "samples-command wrote nothing to " in line and line.endswith("effbench-results/samples.jsonl")


@pytest.mark.sandbox
def test_an_evalplus_samples_folder_is_measured(tmp_path):
    """`effbench run` reads EvalPlus's folder of samples (<task_id>/<n>.py): the action refused it as no file."""
    (tmp_path / "evalplus" / "prefix-max").mkdir(parents=True)
    shutil.copy(SOL / "loop.py", tmp_path / "evalplus" / "prefix-max" / "0.py")
    res = run_action({**COMMON, "samples": "evalplus", "args": COMMON["args"] + " --model mine"}, tmp_path)
    assert res["status"] == 0, res["log"]
    board = json.loads((tmp_path / res["outputs"]["leaderboard"]).read_text())
    assert board["models"]["mine"]["pass@k"]["1"] == 1.0


@pytest.mark.sandbox
def test_an_earlier_run_of_other_samples_in_the_out_dir_is_not_reported_as_this_one(baseline_run, tmp_path):
    """The out-dir holds another run: `effbench run` refuses it (exit 2, nothing measured); the earlier run's
    report was put in the job summary and its paths in the outputs, as if this job had measured it."""
    shutil.copytree(baseline_run["work"] / "effbench-results", tmp_path / "effbench-results")
    res = run_action({**COMMON, "samples-command": samples_command("rescan.py")}, tmp_path)
    assert res["status"] == 2, res["log"]
    (line,) = error_lines(res)
    assert "holds a run with different samples_hash" in line, res["log"]
    assert res["summary"] == "" and res["outputs"]["leaderboard"] == "" and res["outputs"]["run-dir"] == ""
    assert (tmp_path / "effbench-results" / "run" / "results.jsonl").is_file()  # the earlier measurements stay


@pytest.mark.sandbox
def test_a_comparison_refused_after_the_run_says_why_in_its_annotation(baseline_run, tmp_path):
    """What only the new run can tell (here: no model in common) fails the compare step; its annotation said only
    'effbench compare failed (exit 2)'.  The run's outputs stay, for the upload."""
    board = json.loads((baseline_run["work"] / baseline_run["outputs"]["leaderboard"]).read_text())
    board["models"] = {"someone else": board["models"]["mine"]}
    (tmp_path / "other.json").write_text(json.dumps(board))
    res = run_action({**COMMON, "samples": str(baseline_run["work"] / "samples.jsonl"), "baseline": "other.json"},
                     tmp_path)
    assert res["status"] == 2, res["log"]
    (line,) = error_lines(res)
    assert line.startswith("::error::effbench compare failed (exit 2): ") and "share no model" in line, line
    assert res["outputs"]["run-dir"] and res["summary"].startswith("## effbench report")


@pytest.mark.sandbox
def test_a_job_summary_that_cannot_be_written_only_warns(baseline_run, tmp_path):
    """A runner without GITHUB_STEP_SUMMARY (an older GitHub Enterprise, a local runner; one that cannot be written
    takes the same branch): the run was done and then the step failed, its outputs unset, so no upload and no
    comparison."""
    base = baseline_run["work"] / baseline_run["outputs"]["leaderboard"]
    res = run_action({**COMMON, "samples": str(baseline_run["work"] / "samples.jsonl"), "baseline": str(base),
                      "fail-on-regression": "False"}, tmp_path, runner_env={"GITHUB_STEP_SUMMARY": None})
    assert res["status"] == 0, res["log"]
    assert res["outputs"]["run-dir"] and res["outputs"]["regression"] in ("true", "false")
    assert "::warning::effbench: no job summary" in res["log"]
    assert (tmp_path / "effbench-results" / "compare.md").is_file()


@pytest.mark.sandbox
def test_python_is_the_one_running_the_tests():
    # the action runs `python3 -m effbench`: make sure that is this interpreter's effbench
    out = subprocess.run(["python3", "-c", "import effbench, sys; print(effbench.__file__)"],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert Path(out.stdout.strip()).resolve().parent == ROOT / "effbench", (out.stdout, sys.executable)
