"""The GitHub Actions side: actionlint on the workflows and on the composite action, and the action's own run steps
executed with bash the way a runner would (inputs substituted, GITHUB_* files in a temp dir), on the fixture task."""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import FIXTURE_TASKS
from .workflow_commands import step_commands

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SOL = FIXTURE_TASKS / "prefix-max" / "solutions"
ACTIONLINT = shutil.which("actionlint")
needs_actionlint = pytest.mark.skipif(ACTIONLINT is None and not os.environ.get("CI"),
                                      reason="actionlint is not installed (the test extras install it)")


# ---------------------------------------------------------------- actionlint
def actionlint(cwd: Path, *files: str) -> subprocess.CompletedProcess:
    assert ACTIONLINT, "actionlint is not installed"
    return subprocess.run([ACTIONLINT, "-no-color", *files], cwd=cwd, capture_output=True, text=True, timeout=120)


def action_as_workflow() -> dict:
    """The action's steps in a workflow whose dispatch inputs are the action's inputs, so that actionlint checks
    their expressions and (with shellcheck on PATH) their scripts, which it does not do for action.yml itself."""
    inputs = {name: {"type": "string", "description": spec["description"], "default": str(spec.get("default", ""))}
              for name, spec in ACTION["inputs"].items()}
    return {"name": "action", "on": {"workflow_dispatch": {"inputs": inputs}},
            "jobs": {"action": {"runs-on": "ubuntu-latest", "steps": copy.deepcopy(ACTION["runs"]["steps"])}}}


@pytest.mark.sandbox
@needs_actionlint
def test_actionlint_passes_on_every_workflow():
    assert WORKFLOWS, "no workflow under .github/workflows"
    res = actionlint(ROOT, *[str(w.relative_to(ROOT)) for w in WORKFLOWS])
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.sandbox
@needs_actionlint
def test_actionlint_passes_on_the_action(tmp_path):
    shutil.copy(ROOT / "action.yml", tmp_path / "action.yml")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "action.yml").write_text(yaml.safe_dump(action_as_workflow()))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    res = actionlint(tmp_path, ".github/workflows/action.yml")
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.sandbox
@needs_actionlint
def test_actionlint_would_catch_a_broken_action(tmp_path):
    broken = action_as_workflow()
    broken["jobs"]["action"]["steps"][-1]["env"]["RUN_DIR"] = "${{ steps.nope.outputs.run-dir }}"
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "a.yml").write_text(yaml.safe_dump(broken))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    res = actionlint(tmp_path, ".github/workflows/a.yml")
    assert res.returncode == 1 and "nope" in res.stdout


def test_run_scripts_take_inputs_only_through_env():
    """No ${{ }} inside a script: an input with a quote in it must not become shell code."""
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]


# ---------------------------------------------------------------- running the action's steps
EXPR = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def run_action(inputs: dict[str, str], workdir: Path, installed=None, action_path: Path = ROOT,
               runner_env: dict[str, str | None] | None = None) -> dict:
    """Run the composite action's ``run:`` steps with bash as a runner would; ``uses:`` steps are only recorded.
    Returns the exit status (first failing step), the action's outputs, the job summary, the steps' log and the
    workflow commands the runner would act on in it (tests/workflow_commands.py).
    With *installed* (tests/installed.py), the steps run as its unprivileged user with its venv's python3 first on
    PATH and no PYTHONPATH, the action checked out at *action_path*, as on a hosted runner.  *runner_env* adds
    variables a runner sets for the job (GITHUB_EVENT_NAME, GITHUB_API_URL...)."""
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    unknown = set(inputs) - set(values)
    assert not unknown, f"not inputs of the action: {unknown}"
    values.update(inputs)
    step_outputs: dict[str, dict[str, str]] = {}
    summary = workdir / "summary.md"
    summary.write_text("")

    def substitute(text: str) -> str:
        def one(m: re.Match) -> str:
            expr = m.group(1)
            if expr.startswith("inputs."):
                return values[expr[len("inputs."):]]
            if expr == "github.action_path":
                return str(action_path)
            if expr.startswith("steps."):
                step_id, _, name = expr[len("steps."):].split(".", 2)
                return step_outputs.get(step_id, {}).get(name, "")
            raise AssertionError(f"expression the test harness does not know: {expr}")
        return EXPR.sub(one, str(text))

    status, log, used, commands = 0, [], [], []
    github = dict(GITHUB_STEP_SUMMARY=str(summary), GITHUB_ACTION_PATH=str(action_path),
                  GITHUB_WORKSPACE=str(workdir), RUNNER_TEMP=str(workdir / "runner-temp"))
    if installed is None:
        env_base = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
        env_base.update(github, PYTHONPATH=str(ROOT))
    else:
        env_base = github
    env_base = {**env_base, **(runner_env or {})}
    env_base = {k: v for k, v in env_base.items() if v is not None}
    (workdir / "runner-temp").mkdir(exist_ok=True)

    def owned(path: Path) -> Path:
        if installed is not None:
            os.chown(path, installed.user.pw_uid, installed.user.pw_gid)
        return path

    owned(summary)
    owned(workdir / "runner-temp")
    for i, step in enumerate(ACTION["runs"]["steps"]):
        if "uses" in step:
            used.append((step["uses"], {k: substitute(v) for k, v in step.get("with", {}).items()}))
            continue
        if status != 0 and "always()" not in str(step.get("if", "")):
            continue  # a failed step skips the rest, but for the steps that run always()
        output = workdir / f"output-{i}"
        output.write_text("")
        owned(output)
        env = dict(env_base, GITHUB_OUTPUT=str(output), **{k: substitute(v) for k, v in step.get("env", {}).items()})
        assert step["shell"] == "bash"
        bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]]
        if installed is None:
            proc = subprocess.run(bash, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
        else:
            proc = installed.as_user(bash, workdir, timeout=1200, **env)
        log.append(f"--- {step['name']} (exit {proc.returncode})\n{proc.stdout}{proc.stderr}")
        commands += step_commands(step["name"], proc.stdout, proc.stderr)
        outs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
        step_outputs[step.get("id", f"step{i}")] = outs
        status = status or proc.returncode
    outputs = {name: substitute(spec["value"]) for name, spec in ACTION["outputs"].items()}
    return {"status": status, "outputs": outputs, "summary": summary.read_text(), "log": "\n".join(log),
            "uses": used, "commands": commands}


def samples_command(solution: str, *more: tuple[str, str]) -> str:
    """Writes model mine's *solution* of prefix-max, and each (model, solution) of *more*, as the samples."""
    rows = [{"task_id": "prefix-max", "model": model, "solution": (SOL / sol).read_text()}
            for model, sol in [("mine", solution), *more]]
    text = "".join(json.dumps(r) + "\n" for r in rows)
    return f"cat > \"$EFFBENCH_SAMPLES\" <<'JSONL'\n{text}JSONL"


COMMON = {"install": "false", "measure": "cpu", "repeats": "3", "k": "1",
          "args": f"--tasks-dir {FIXTURE_TASKS}"}


@pytest.fixture(scope="module")
def baseline_run(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("base")
    (work / "samples.jsonl").write_text(json.dumps(
        {"task_id": "prefix-max", "model": "mine", "solution": (SOL / "loop.py").read_text()}) + "\n")
    result = run_action({**COMMON, "samples": "samples.jsonl"}, work)
    result["work"] = work
    return result


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
    ({"baseline": "BASE", "args": "--measure=wall"}, "measured cpu, the new run measures wall"),
    ({"out-dir": "plain/results"}, "out-dir plain/results: cannot be made or written"),
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


def test_the_baseline_check_assumes_the_runs_default_rules():
    """The Action checks the baseline against the rule profile its args give the run, else the run's default."""
    from effbench.measuring.rules import DEFAULT
    script = (ROOT / "action.yml").read_text()
    assert f'measure="$INPUT_MEASURE" rules={DEFAULT}\n' in script


@pytest.mark.sandbox
def test_a_failing_samples_command_is_one_line_with_its_status(tmp_path):
    res = run_action({**COMMON, "samples-command": "echo generating; exit 7"}, tmp_path)
    assert res["status"] == 7, res["log"]
    assert error_lines(res) == ["::error::effbench: samples-command failed (exit 7)"]


@pytest.mark.sandbox
def test_install_false_without_effbench_installed_says_so(tmp_path):
    """install: false on a runner where nothing installed effbench: the annotation said 'see the log above'."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    (tmp_path / "s.jsonl").write_text("{}\n")
    res = run_action({**COMMON, "samples": "s.jsonl"}, tmp_path,
                     runner_env={"PYTHONPATH": None, "PATH": f"{venv / 'bin'}:/usr/bin:/bin"})
    assert res["status"] == 1, res["log"]
    assert error_lines(res) == ["::error::effbench run failed (exit 1): "
                                f"{venv / 'bin' / 'python3'}: No module named effbench"], res["log"]
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


# ---------------------------------------------------------------- as a user would use it
@pytest.mark.sandbox
def test_the_action_installs_and_runs_as_an_unprivileged_user_from_another_directory(installed):
    """The wheel in a fresh venv (the python3 on PATH, like setup-python's), the action checked out elsewhere and
    owned by the user, run from a workspace that is not the checkout, as an ordinary user, in the action's default
    mode (instructions), through its own install step, to the report and the compare step."""
    from .installed import copy_source
    assert ACTION["inputs"]["measure"]["default"] == "instructions"
    action_path = copy_source(installed.scratch / "action")
    subprocess.run(["chown", "-R", f"{installed.user.pw_uid}:{installed.user.pw_gid}", str(action_path),
                    str(installed.venv)], check=True)
    tasks = installed.scratch / "fixture-tasks"
    common = {"k": "1", "args": f"--tasks-dir {tasks}"}  # install: true, measure: instructions (the defaults)

    base = installed.workdir("action-base")
    (base / "samples.jsonl").write_text(json.dumps(
        {"task_id": "prefix-max", "model": "mine", "solution": (SOL / "loop.py").read_text()}) + "\n")
    res = run_action({**common, "samples": "samples.jsonl"}, base, installed, action_path)
    assert res["status"] == 0, res["log"]
    board = json.loads((base / res["outputs"]["leaderboard"]).read_text())
    assert board["meta"]["measurement"]["mode"] == "instructions" and board["meta"]["runner"]["uid"] != 0
    assert board["meta"]["runner"]["counter_sealed"] is True  # the install step found this machine's sealed
    assert board["models"]["mine"]["pass@k"]["1"] == 1.0
    assert res["summary"].startswith("## effbench report") and "| mine | 1 | 1 |" in res["summary"]
    assert (base / res["outputs"]["html"]).read_text().startswith("<!DOCTYPE html>")
    assert any(u.startswith("actions/cache@") for u, _ in res["uses"])

    new = installed.workdir("action-new")
    res = run_action({**common, "samples-command": samples_command("rescan.py"),
                      "baseline": str(base / res["outputs"]["run-dir"])}, new, installed, action_path)
    assert res["status"] == 1, res["log"]
    assert res["outputs"]["regression"] == "true" and "## effbench compare" in res["summary"]
    assert re.search(r"\| mine \| prefix-max \| [^|]+ \|.*\*\*REGRESSION\*\*", res["summary"]), res["summary"]


def test_the_action_caches_pip_and_lets_progress_through():
    steps = ACTION["runs"]["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert "pip-key" in cache["with"]["key"] and "pip-key" in cache["with"]["path"]
    run = next(s for s in steps if s.get("id") == "run")
    assert "--quiet" not in run["run"]  # progress lines go to the CI log


def test_workflows_have_least_privilege_permissions():
    for wf in WORKFLOWS:
        doc = yaml.safe_load(wf.read_text())
        assert doc.get("permissions") in ({}, {"contents": "read"}), f"{wf.name}: workflow-wide permissions"
        for name, job in doc["jobs"].items():
            perms = job.get("permissions", {})
            writes = {k for k, v in perms.items() if v == "write"}
            pushes = any("auto-push" in (step.get("with") or {}) for step in job["steps"])
            assert not writes or pushes, f"{wf.name}:{name} asks for {writes} without pushing"
