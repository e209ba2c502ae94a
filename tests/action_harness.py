"""The composite action's steps run with bash the way a GitHub runner would (inputs substituted, GITHUB_* files in
a temp dir), on the fixture task: the harness of the action's tests and of the tests that drive the action (a
pull-request comment, a generate step)."""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import yaml

from .conftest import FIXTURE_TASKS
from .workflow_commands import step_commands

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
SOL = FIXTURE_TASKS / "prefix-max" / "solutions"
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
