"""The rule profile a baseline is checked against before a run: the run's own default, named in one place
(``effbench.measuring.rules.DEFAULT``), not again in the GitHub Action.

Before, ``compare --check`` without ``--rules`` checked no rules at all, so the Action wrote effbench's default
profile into its script (``rules=effbench``) to pass it: two homes of one constant, the Action's silently wrong
once effbench's default changed.  Now ``--check`` without ``--rules`` means the run's default, and the Action passes
``--rules`` only when its args give the run one.  The Action's step runs with bash as a runner would run it (up to
its baseline check: the samples come after it), effbench through its CLI; the baselines are real scorings of
synthetic runs (tests/test_compare.py's ``fake_run``)."""
from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.rules import DEFAULT, NAMES
from effbench.measuring.run import score_run

from .test_compare import fake_run

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
OTHER = next(name for name in NAMES if name != DEFAULT)


def baseline(tmp: Path, rules: str) -> Path:
    """A run scored under *rules* (cpu mode)."""
    run = fake_run(tmp / rules, {"m": {"t0": 1.0, "t1": 1.0}})
    meta = json.loads((run / "run.json").read_text())
    meta["settings"]["rules"] = rules
    (run / "run.json").write_text(json.dumps(meta))
    (run / "leaderboard.json").unlink()
    score_run(run)
    return run


def check(*args) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["compare", *map(str, args), "--check"])
    return res.exit_code, res.output + res.stderr


def test_check_without_rules_checks_against_the_runs_default(tmp_path):
    other = baseline(tmp_path, OTHER)
    code, said = check(other, "--measure", "cpu")
    assert code == 2 and f"scored under {OTHER} rules, the new run uses {DEFAULT} rules" in said, said
    code, said = check(baseline(tmp_path, DEFAULT), "--measure", "cpu")
    assert code == 0 and f"under {DEFAULT} rules" in said, said
    code, said = check(other, "--measure", "cpu", "--rules", OTHER)
    assert code == 0 and f"under {OTHER} rules" in said, said


def test_the_action_names_no_rule_profile_of_its_own():
    script = next(step["run"] for step in ACTION["runs"]["steps"] if step.get("id") == "run")
    named = re.findall(rf"rules[= ]\"?({'|'.join(NAMES)})\b", script)
    assert named == [], named


def run_step(tmp: Path, base: Path, args: str) -> subprocess.CompletedProcess:
    """The Action's "Run effbench" step with no samples: it ends at its baseline check or, past it, on the samples."""
    step = next(step for step in ACTION["runs"]["steps"] if step.get("id") == "run")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(PYTHONPATH=str(ROOT), GITHUB_ACTION_PATH=str(ROOT), INPUT_SAMPLES="", INPUT_SAMPLES_COMMAND="",
               INPUT_TASKS="", INPUT_MEASURE="cpu", INPUT_REPEATS="1", INPUT_K="1", INPUT_ARGS=args,
               INPUT_BASELINE=str(base), INPUT_THRESHOLD="5%", OUT=str(tmp / "out"))
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.sandbox  # runs the step with bash
@pytest.mark.parametrize("args, refused", [("", True), (f"--rules {OTHER}", False),
                                           (f"--jobs 1 --rules={OTHER}", False), (f"--rules {DEFAULT}", True)])
def test_the_actions_baseline_check_uses_the_runs_rules(tmp_path, args, refused):
    done = run_step(tmp_path, baseline(tmp_path, OTHER), args)
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error::")]
    assert done.returncode == 2 and len(errors) == 1, done.stdout + done.stderr
    if refused:
        assert f"scored under {OTHER} rules, the new run uses {DEFAULT} rules" in errors[0], errors
    else:
        assert errors == ["::error::effbench: no samples file (set samples, or samples-command writing "
                          "$EFFBENCH_SAMPLES)"], errors


@pytest.mark.sandbox  # runs the step with bash
@pytest.mark.parametrize("args, refused", [("", False), ("--k 5", True), ("--k=1,5", False)])
def test_the_actions_baseline_check_uses_the_runs_ks(tmp_path, args, refused):
    """A baseline scored at k=1 only, for a run whose args ask for --k 5: refused before the run (compare would
    refuse it once the run was done); the step's `k` input is 1, which the args override as in the run."""
    done = run_step(tmp_path, baseline(tmp_path, DEFAULT), args)
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error::")]
    assert done.returncode == 2 and len(errors) == 1, done.stdout + done.stderr
    if refused:
        assert "scored eff@k at k = 1, the new run asks for k = 5: no k in common" in errors[0], errors
    else:
        assert "no samples file" in errors[0], errors
