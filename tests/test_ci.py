"""The project's own CI cannot drift from .ci/run: the workflow (.github/workflows/ci.yml) lints, type-checks and runs
the quick subset with .ci/run's and CONTRIBUTING.md's exact commands, installs as .ci/setup does, and its full job
runs .ci/run itself on ubuntu-24.04; the pre-commit hooks run .ci/run's lint commands too."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
PRE_COMMIT = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())


def script_commands(path: Path) -> list[str]:
    """The lines of a bash script that are not comments, blank, ``set`` or ``cd``."""
    lines = (line.strip() for line in path.read_text().splitlines())
    return [line for line in lines if line and not line.startswith(("#", "set ", "cd "))]


def job_commands(job: str) -> list[str]:
    return [line.strip() for step in WORKFLOW["jobs"][job]["steps"] for line in step.get("run", "").splitlines()
            if line.strip()]


def lint_commands() -> list[str]:
    return [c for c in script_commands(ROOT / ".ci" / "run") if c.split()[0] in ("ruff", "mypy")]


def setup_install() -> str:
    return next(c for c in script_commands(ROOT / ".ci" / "setup") if c.startswith("python3 -m pip install"))


def quick_command() -> str:
    """The quick loop as CONTRIBUTING.md documents it."""
    found = re.search(r'^(python3 -m pytest -q -m "[^"]+")', (ROOT / "CONTRIBUTING.md").read_text(), re.M)
    assert found, "CONTRIBUTING.md documents no quick loop"
    return found.group(1)


def readme_test_command() -> str:
    """The README's second set-up command, less its ``bash .ci/setup &&``: the one CI runs."""
    found = re.search(r"^bash \.ci/setup && (python3 -m pytest .+)$", (ROOT / "README.md").read_text(), re.M)
    assert found, "the README gives no test command after bash .ci/setup"
    return found.group(1)


def test_ci_run_lints_and_type_checks_before_the_tests():
    commands = script_commands(ROOT / ".ci" / "run")
    assert lint_commands() == ["ruff check effbench runners tests benchmarks", "mypy effbench runners"]
    first_test = commands.index(readme_test_command())
    assert commands.index("bash .ci/setup") < min(commands.index(c) for c in lint_commands()) < first_test


def test_the_lint_job_runs_ci_runs_lint_commands_after_ci_setups_install():
    commands = job_commands("lint")
    assert commands == [setup_install(), *lint_commands()]


def test_the_quick_job_runs_the_documented_quick_subset():
    assert job_commands("quick") == [setup_install(), quick_command()]
    marks = shlex.split(quick_command())[-1]
    assert marks == "not sandbox and not slow"


def test_the_full_job_runs_ci_run_itself_on_ubuntu_24_04_after_the_others():
    full = WORKFLOW["jobs"]["full"]
    assert set(full["needs"]) == {"lint", "quick"}
    commands = job_commands("full")
    assert commands[-1].endswith("bash .ci/run") and commands[-1].startswith("sudo -E ")  # as root, CI kept
    # the sandbox's prerequisite that a fresh ubuntu-24.04 lacks and .ci/setup cannot install
    assert "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0" in commands
    assert {job["runs-on"] for job in WORKFLOW["jobs"].values()} == {"ubuntu-24.04"}
    for job in WORKFLOW["jobs"].values():
        python = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
        assert python["with"]["python-version"] == "3.11"  # what the README and pyproject promise


def test_the_pre_commit_hooks_are_ci_runs_lint_commands_without_network():
    (repo,) = PRE_COMMIT["repos"]
    assert repo["repo"] == "local"
    assert [hook["entry"] for hook in repo["hooks"]] == lint_commands()
    assert {hook["language"] for hook in repo["hooks"]} == {"system"}


def test_the_test_command_runs_two_workers_each_taking_whole_modules():
    # two workers, as many as this project's 2-core machines have, each module whole in one (a plain -n 2 splits a
    # module and sets its module fixtures up in both: test_suite's validation of every task, 53 s, twice)
    args = shlex.split(readme_test_command())
    assert args[args.index("-n") + 1] == "2" and args[args.index("--dist") + 1] == "loadfile"
