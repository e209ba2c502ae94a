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

from .test_compare import counted_here, fake_run, rescored_with

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
                                           (f"--jobs 1\n--rules={OTHER}", False), (f"--rules {DEFAULT}", True)])
def test_the_actions_baseline_check_uses_the_runs_rules(tmp_path, args, refused):
    """Also: args on several lines (a YAML block) had only their first line read, by the check and by the run."""
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


def check_run(base: Path, *options: str, shorthands: tuple[str, ...] = ()) -> tuple[int, str, str]:
    """`compare BASE --check [SHORTHANDS] [-- OPTIONS]`, the run's options as the Action passes them: the exit code,
    what it printed (stdout and stderr) and its stderr alone."""
    run_options = ["--", *options] if options else []
    res = CliRunner().invoke(main, ["compare", str(base), "--check", *shorthands, *run_options])
    return res.exit_code, res.output, res.stderr


def test_check_reads_the_runs_options_with_the_runs_parser_and_judges_them_by_compares_rule(tmp_path):
    """compare refuses another alpha or estimator once the new run is done; --check took no alpha and knew no
    estimator, so the Action's check passed such a baseline and a whole run was measured before the refusal.  The
    check now reads `effbench run`'s own options (after --) with run's parser and defaults, and judges them by the
    one rule compare applies (effbench.reports.comparable.refusal)."""
    base = baseline(tmp_path, DEFAULT)  # alpha 2, hodges-lehmann, cpu, k 1
    code, said, err = check_run(base, "--repeats", "2", "--alpha", "3")
    assert code == 2 and err.count("\n") == 1, said
    assert f"cannot compare {base} (alpha 2.0, estimator hodges-lehmann) with the new run (alpha 3.0, estimator " \
           "hodges-lehmann): eff@k under another alpha or estimator" in err, err
    newer = rescored_with(baseline(tmp_path / "new", DEFAULT), "settings", "alpha", 3.0)
    after = CliRunner().invoke(main, ["compare", str(base), str(newer)])  # what compare says once it is done
    assert after.exit_code == 2 and "eff@k under another alpha or estimator" in after.stderr, after.stderr
    for options, shorthands in [(("--alpha", "3", "--alpha=2"), ()),  # the last wins, as in the run
                                (("--measure", "cpu"), ("--measure", "wall"))]:  # after -- overrides a shorthand
        code, said, err = check_run(base, *options, shorthands=shorthands)
        assert code == 0 and "a baseline measured cpu under effbench rules" in said, (options, said)
    rescored_with(base, "settings", "estimator", "min")  # no run option sets it: a run to come uses the default
    code, said, err = check_run(base)
    assert code == 2 and "estimator min) with the new run (alpha 2.0, estimator hodges-lehmann)" in err, said
    for options, message in [(("--alpha", "nan"), "--alpha must be a finite number above 1, got nan"),
                             (("--jobs", "two"), "Invalid value for '--jobs': 'two' is not a valid integer"),
                             (("samples.jsonl", "--alpha", "3"), "give NEW, or --check"),
                             (("--alpha", "3", "samples.jsonl"), "the run's options only, not its samples")]:
        code, said, err = check_run(base, *options)
        assert code == 2 and err.count("\n") == 1 and message in err, (options, said)


def test_a_baseline_with_no_score_at_any_k_is_refused_where_it_has_nothing_else_to_compare(tmp_path):
    """A run scored at k = 5 with one sample a task has no eff@k at all: --check passed it as a baseline (it only
    refused one whose ks the run does not ask for).  Its leaderboard file has nothing else to compare, and is refused
    before and after the run; its run directory still compares task by task (each level's time over the expert's)."""
    empty = fake_run(tmp_path / "empty", {"m": {"t0": 1.0, "t1": 1.0}}, ks=(5,))
    board, base = empty / "leaderboard.json", baseline(tmp_path, DEFAULT)
    code, said, err = check_run(board, shorthands=("--k", "1,5"))
    assert code == 2 and err.count("\n") == 1, said
    assert f"{board}: no eff@k at any k" in err and "nothing to compare" in err, err
    res = CliRunner().invoke(main, ["compare", str(board), str(base)])
    assert res.exit_code == 2 and f"{board}: no eff@k at any k" in res.stderr, res.stderr
    code, said, err = check_run(empty, shorthands=("--k", "1,5"))
    assert code == 0, said
    res = CliRunner().invoke(main, ["compare", str(empty), str(base), "--format", "json"])
    assert res.exit_code == 0, res.output
    metrics = {row["metric"] for row in json.loads(res.stdout)["rows"]}
    assert any(m.startswith("time/expert @ level") for m in metrics), metrics


@pytest.mark.sandbox  # runs the step with bash
@pytest.mark.parametrize("args, refused", [
    ("--out elsewhere", "args: --out is the action's own"),
    ("--repeats 2\n--leaderboard=lb.json", "args: --leaderboard is the action's own")])
def test_the_action_refuses_the_run_options_it_owns(tmp_path, args, refused):
    """--out or --leaderboard in args sent the run where the Action does not read it (the last of an option wins):
    the job failed once everything was measured.  Refused now, in one line, before the samples are made."""
    done = run_step(tmp_path, baseline(tmp_path, DEFAULT), args)
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error::")]
    assert done.returncode == 2 and len(errors) == 1 and refused in errors[0], done.stdout + done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "elsewhere").exists()


def test_check_refuses_instruction_counts_of_another_interpreter_before_the_run(tmp_path):
    """compare refuses counts made by another interpreter build, counter or runner files once the new run is done
    (setup-python moved to a new patch release, the action to one with other runner files: an hour of callgrind,
    then one line); the process runner's worker runs this interpreter, so the check tells it before (the docker
    runner's image: tests/test_docker_images.py)."""
    base = counted_here(fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions"))
    code, said, err = check_run(base, shorthands=("--measure", "instructions"))
    assert code == 0, said
    for key, value in [("python", "3.12.1"), ("runners", "0123456789ab")]:
        counted_here(base, **{key: value})
        code, said, err = check_run(base, shorthands=("--measure", "instructions"))
        assert code == 2 and err.count("\n") == 1, said
        assert f"cannot compare the instruction counts of {base} (" in err and value in err, err


def test_check_run_reads_the_runs_options_without_a_baseline_and_refuses_what_is_no_run():
    """The Action without a baseline checked no run option before its samples-command (a model's generation, maybe
    an hour), and `--help` in its args passed the job unmeasured (the run printed its help, exit 0).  `check-run`
    reads them with run's parser as `compare --check` does; --help and --version (a run given either measures
    nothing) are refused in both, by name, in one line."""
    ok = CliRunner().invoke(main, ["check-run", "--", "--measure", "instructions", "--k", "1,5", "--rules", OTHER])
    assert ok.exit_code == 0 and ok.stdout == f"effbench: the run's options: instructions, {OTHER} rules, k 1,5\n"
    for options, message in [(("--help",), "--help is no run option: `effbench run` given it would measure nothing"),
                             (("--k", "1", "--version"), "--version is no run option"),
                             (("--repeats", "two"), "Invalid value for '--repeats': 'two' is not a valid integer"),
                             (("samples.jsonl",), "the run's options only, not its samples (samples.jsonl)")]:
        res = CliRunner().invoke(main, ["check-run", "--", *options])
        assert res.exit_code == 2 and res.stdout == "" and res.stderr.count("\n") == 1, (options, res.output)
        assert res.stderr.startswith(f"effbench: error: {message}"), (options, res.stderr)
