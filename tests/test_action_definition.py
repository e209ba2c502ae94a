"""The GitHub Actions files as written: actionlint on the workflows and on the composite action (action.yml), and
what it does not check: inputs reach scripts only through env, the pip cache, least-privilege permissions."""
from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .action_harness import ACTION, ROOT


ACTIONLINT = shutil.which("actionlint")
needs_actionlint = pytest.mark.skipif(ACTIONLINT is None and not os.environ.get("CI"),
                                      reason="actionlint is not installed (the test extras install it)")
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


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
