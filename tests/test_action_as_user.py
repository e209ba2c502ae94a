"""The composite action as a user runs it: installed from the wheel by its own install step, checked out
elsewhere, run from another directory as an unprivileged user, in its default mode (instructions)."""
from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from .action_harness import ACTION, SOL, run_action, samples_command


@pytest.mark.sandbox
def test_the_action_installs_and_runs_as_an_unprivileged_user_from_another_directory(installed):
    """The wheel in a fresh venv (the python3 on PATH, like setup-python's), the action checked out elsewhere and
    owned by the user, run from a workspace that is not the checkout, as an ordinary user, in the action's default
    mode (instructions), through its own install step, to the report and the compare step."""
    from .installed import copy_source
    assert ACTION["inputs"]["measure"]["default"] == "instructions"
    action_path = copy_source(installed.scratch / "action")
    # the venv is the session's: the user owns it only while the Action installs into it, so that later tests
    # see the package as installed by root (test_install's read-only built-in suite failed in a whole run)
    owner = os.stat(installed.venv)
    subprocess.run(["chown", "-R", f"{installed.user.pw_uid}:{installed.user.pw_gid}", str(action_path),
                    str(installed.venv)], check=True)
    try:
        _run_the_action_twice(installed, action_path)
    finally:
        subprocess.run(["chown", "-R", f"{owner.st_uid}:{owner.st_gid}", str(installed.venv)], check=True)


def _run_the_action_twice(installed, action_path):
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

    # the second job compares with the first; effbench is the one the first run's install step put in the venv
    # (installing it again, as a new job would, proves nothing more and cost a third of the test)
    new = installed.workdir("action-new")
    res = run_action({**common, "install": "false", "samples-command": samples_command("rescan.py"),
                      "baseline": str(base / res["outputs"]["run-dir"])}, new, installed, action_path)
    assert "effbench: install skipped" in res["log"], res["log"]
    assert res["status"] == 1, res["log"]
    assert res["outputs"]["regression"] == "true" and "## effbench compare" in res["summary"]
    assert re.search(r"\| mine \| prefix-max \| [^|]+ \|.*\*\*REGRESSION\*\*", res["summary"]), res["summary"]
