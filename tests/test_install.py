"""effbench installed from its wheel into a fresh venv and run, from an empty directory, by an ordinary user: the suite
ships with the package, and every measurement mode works in both runners without root (tests/installed.py).
Where the machine refuses (kernel settings, no valgrind, no Docker permission, a stripped interpreter), one line
names the setting and the fix, exit 2."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.errors import SetupError
from effbench.tasks.examples import EXAMPLE_TASKS
from effbench.sandbox import preflight
from effbench.sandbox.process import REGION_MARKERS
from effbench.schema_check import run_dir_problems
from effbench.tasks.task import default_tasks_dir, discover, is_hidden, load_suite, load_task, suite_hash

from .installed import DATA_TASK, ROOT, add_data_task, base_python, clean_env

SUITE = default_tasks_dir()
SOL = ROOT / "tests" / "fixtures" / "tasks" / "prefix-max" / "solutions"

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]


def one_line_error(res) -> str:
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 2 and len(lines) == 1 and lines[0].startswith("effbench: error: "), res.stderr
    return lines[0]


def fixture_samples(workdir: Path, solution: str = "loop.py") -> Path:
    path = workdir / "samples.jsonl"
    path.write_text(json.dumps({"task_id": "prefix-max", "model": "mine",
                                "solution": (SOL / solution).read_text()}) + "\n")
    os.chmod(path, 0o644)
    return path


def counts(run_dir: Path) -> dict[tuple, int]:
    rows = (json.loads(line) for line in (run_dir / "records.jsonl").read_text().splitlines())
    return {(r["subject"], r["phase"], r["level"], r["test"]): r["instructions"] for r in rows
            if r.get("instructions") is not None}


# ---------------------------------------------------------------- the suite ships with the package
def tracked(folder: str) -> set[str]:
    """The files git tracks under *folder* of the checkout, relative to it."""
    out = subprocess.run(["git", "ls-files", "-z", "--", folder], cwd=ROOT, capture_output=True, check=True).stdout
    return {name[len(folder) + 1:] for name in out.decode().split("\0") if name}


@pytest.mark.parametrize("package, folder", [("effbench", "effbench"), ("effbench_runners", "runners"),
                                             ("effbench_tasks", "tasks")])
def test_the_wheel_carries_every_file_git_tracks_of_each_package(built_wheel, package, folder, tmp_path):
    """Each installed package holds what the repository holds in its folder, no more, no less: a subpackage missing
    from pyproject's packages list installed without its modules (effbench.profiling did), and package data
    listed by kind (``*/*.py``, ``*/*.toml``...) left out any other file a task had.  Left out on purpose: hidden
    files and folders (setuptools' globs skip them; no part of a task, whose content hash leaves them out).  The
    suite's expected files include the data task every test wheel carries (tests/installed.py)."""
    names = zipfile.ZipFile(built_wheel).namelist()
    shipped = {n[len(package) + 1:] for n in names if n.startswith(f"{package}/")}
    expected = {f for f in tracked(folder) if not any(is_hidden(part) for part in Path(f).parts)}
    if package == "effbench_tasks":
        task = add_data_task(tmp_path)
        expected |= {str(f.relative_to(tmp_path)) for f in task.rglob("*") if f.is_file()}
    lacks, untracked = sorted(expected - shipped), sorted(shipped - expected)  # untracked: git add or remove them
    assert expected and (lacks, untracked) == ([], [])


def test_the_wheel_declares_its_license_as_an_spdx_expression_and_carries_its_text(built_wheel):
    """``license = {text = "MIT"}`` built with a SetuptoolsDeprecationWarning that said setuptools would stop
    building it after 2027-02-18 (pip builds with the newest setuptools, so `pip install .` would have failed).
    The MIT licence asks that its notice go with every copy: the repository had no LICENSE file, so neither it nor
    the wheel carried one (now the wheel's ``dist-info/licenses/LICENSE``, named in its metadata)."""
    with zipfile.ZipFile(built_wheel) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        licence = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        text = wheel.read(licence[0]).decode() if licence else ""
    assert "License-Expression: MIT\n" in metadata and "\nLicense: " not in metadata
    assert "License-File: LICENSE\n" in metadata
    assert text == (ROOT / "LICENSE").read_text() and text.startswith("MIT License\n")


def test_a_task_with_a_data_file_its_generator_reads_validates_installed(installed):
    """Found reading pyproject's package data: it listed the kinds of file the suite's tasks had then (``*.py``,
    ``*.toml``, ``*.md``, ``*.json`` in fixed folders), so a task whose generator reads a file of its own (here
    data/bounds.txt) worked in the checkout and failed installed: its generator's FileNotFoundError."""
    work = installed.workdir("data-task")
    res = installed.as_user(["effbench", "tasks", "validate", "--fast", DATA_TASK], work)
    assert res.returncode == 0 and f"ok    {DATA_TASK}" in res.stdout, res.stdout + res.stderr


def test_installed_effbench_lists_the_suite_from_an_empty_directory(installed, tmp_path):
    work = installed.workdir("list")
    res = installed.as_user(["effbench", "tasks", "list"], work)
    assert res.returncode == 0, res.stderr
    listed = [line.split()[0] for line in res.stdout.splitlines()]
    data_task = add_data_task(tmp_path)  # the data task every test wheel carries (tests/installed.py)
    assert listed == sorted([p.name for p in discover(SUITE)] + [DATA_TASK])
    # the same suite, byte for byte: the installed copy hashes like the checkout's
    code = "from effbench.tasks.task import *; print(suite_hash(load_suite(default_tasks_dir())))"
    res = installed.as_user(["python", "-c", code], work)
    assert res.stdout.strip() == suite_hash([*load_suite(SUITE), load_task(data_task)]), res.stderr
    assert "site-packages/effbench_tasks" in installed.as_user(
        ["python", "-c", "from effbench.tasks.task import default_tasks_dir; print(default_tasks_dir())"], work).stdout
    assert sorted(p.name for p in work.iterdir()) == []  # listing wrote nothing


def test_installed_effbench_runs_the_example_from_an_empty_directory(installed):
    work = installed.workdir("example")
    # one repeat: what is checked is which models ran and passed, not their timings (2 repeats took twice as long)
    res = installed.as_user(["effbench", "run", "--example", "--tasks", EXAMPLE_TASKS[0], "--repeats", "1",
                             "--k", "1", "--quiet"], work)
    assert res.returncode == 0, res.stderr
    board = json.loads((work / "runs" / "example" / "leaderboard.json").read_text())
    assert set(board["models"]) == {"reference-tier1", "reference-tier2", "reference-tier3", "buggy", "timer-cheat"}
    assert board["models"]["buggy"]["pass@k"]["1"] == 0.0 and board["models"]["reference-tier1"]["pass@k"]["1"] == 1
    assert board["meta"]["runner"]["uid"] != 0
    assert board["models"]["reference-tier1"]["DPS"] is not None  # one correct sample is enough in the example
    assert sorted(p.name for p in work.iterdir() if not p.name.startswith(".")) == ["runs"]  # (HOME is here)
    # the installed package's own schemas (importlib.resources, as the README tells consumers) hold its run's files
    check = ("from importlib.resources import files; from effbench.schema_check import run_dir_problems; "
             "print(files('effbench').joinpath('schemas')); print(run_dir_problems('runs/example'))")
    res = installed.as_user(["python", "-c", check], work)
    assert res.returncode == 0 and res.stdout.splitlines()[1:] == ["[]"], res.stdout + res.stderr
    assert "site-packages/effbench/schemas" in res.stdout.splitlines()[0]


def test_example_and_samples_exclude_each_other(tmp_path):
    res = CliRunner().invoke(main, ["run", "--example", str(tmp_path / "s.jsonl")])
    assert res.exit_code == 2 and "not both" in res.stderr
    res = CliRunner().invoke(main, ["run"])
    assert res.exit_code == 2 and "--example" in res.stderr


def test_python_versions_declared_are_the_ones_ci_proves():
    import tomllib
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert declared == ">=3.11"  # tomllib (3.11+) is imported by effbench.tasks.task; CI runs 3.11 only
    version = subprocess.run([base_python(), "-c", "import sys; print(sys.version_info[:2] >= (3, 11))"],
                             capture_output=True, text=True).stdout.strip()
    assert version == "True"


# ---------------------------------------------------------------- every mode unprivileged
@pytest.mark.parametrize("runner,measure", [("process", "cpu"), ("process", "wall"), ("docker", "cpu"),
                                            ("docker", "wall")])
def test_timing_modes_run_unprivileged(installed, runner, measure):
    work = installed.workdir(f"{runner}-{measure}")
    samples = fixture_samples(work)
    res = installed.as_user(["effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"),
                             "--runner", runner, "--measure", measure, "--repeats", "2", "--k", "1", "--quiet",
                             "--alpha", "20", "--out", "run"], work)
    assert res.returncode == 0, res.stderr
    board = json.loads((work / "run" / "leaderboard.json").read_text())
    # --alpha 20: what is tested is a timing mode run unprivileged, not the limit, and the fixture task's expert runs
    # in under a millisecond, so at the default 2x one scheduling delay failed the sample (with the tests in two
    # workers at load 5: wall 1.2 ms over the limit 0.8 ms).  A failure says why: the sample's recorded failure and
    # statuses
    why = (work / "run" / "results.jsonl").read_text()[-2000:]
    assert board["models"]["mine"]["pass@k"]["1"] == 1.0, why
    assert board["meta"]["measurement"]["mode"] == measure and board["meta"]["runner"]["runner"] == runner
    assert run_dir_problems(work / "run") == []  # the docker runner's description (image, mount) too


@pytest.fixture(scope="module")
def unprivileged_counts(installed) -> dict[str, dict]:
    """The same sample counted by the user in both runners, and by root with the same installed interpreter.  The
    three runs overlap (each is mostly start-up, probes and one slot's callgrind, so together they take about 60 %
    of their one-after-another time here): instruction counts do not depend on what else the machine runs, which
    the equality below then shows under load too."""
    def count(who: str, runner: str) -> tuple[str, dict]:
        work = installed.workdir(f"count-{who}-{runner}")
        samples = fixture_samples(work)
        cmd = ["effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"),
               "--runner", runner, "--measure", "instructions", "--k", "1", "--quiet", "--out", "run"]
        if who == "user":
            res = installed.as_user(cmd, work)
        else:
            res = subprocess.run(cmd, cwd=work, env=installed.env(work), capture_output=True, text=True, timeout=900)
        assert res.returncode == 0, (who, runner, res.stderr[-3000:])
        meta = json.loads((work / "run" / "run.json").read_text())["runner"]
        return f"{who}-{runner}", {"counts": counts(work / "run"), "runner": meta}

    runs = (("user", "process"), ("user", "docker"), ("root", "process"))
    with ThreadPoolExecutor(len(runs)) as pool:
        return dict(pool.map(lambda run: count(*run), runs))


def test_instruction_counts_unprivileged_are_deterministic_and_equal_roots(unprivileged_counts):
    user, docker, root = (unprivileged_counts[k] for k in ("user-process", "user-docker", "root-process"))
    assert user["runner"]["counter"] == "callgrind" and len(user["counts"]) >= 8
    assert all(v > 0 for v in user["counts"].values())
    # the counting worker is nobody in all three (bwrap's --uid as the user, setpriv as root, the container's user)
    assert user["counts"] == root["counts"]
    assert user["counts"] == docker["counts"]


def test_complexity_sweeps_unprivileged_read_the_counts_parts_and_classify(installed):
    """``effbench complexity`` as a user runs it: the installed package's profiling worker under the user's callgrind,
    its dump read on the host into each count's parts, and the fixture's references classified as declared."""
    work = installed.workdir("complexity")
    res = installed.as_user(["effbench", "complexity", "--tasks", "prefix-max", "--tasks-dir",
                             str(installed.scratch / "fixture-tasks"), "--count-budget", "3e6", "--run-timeout", "60",
                             "--out", "cx.json"], work)
    assert res.returncode == 0, res.stderr[-3000:]
    doc = json.loads((work / "cx.json").read_text())
    assert doc["meta"]["parts"] is True and doc["meta"]["counter"] == "callgrind"
    points = [p for sweep in doc["sweeps"] for p in sweep["points"]]
    assert len(points) >= 24 and all(p.get("parts") for p in points)
    # the parts kept are the largest functions: never more than the count they were read from
    assert all(0 < sum(p["parts"].values()) <= p["cost"] for p in points)
    classes = {c["subject"]: c["cls"] for c in doc["classified"]}
    assert classes == {"ref:loop": "n", "ref:accumulate": "n", "ref:rescan": "n^2"}


@pytest.mark.parametrize("runner", ["process", "docker"])
def test_a_runs_peak_is_its_own_when_the_worker_shares_the_users_uid(installed, runner):
    """The unprivileged worker and its child share a uid (test_sandbox_memory_accounting has root's and the
    container's): the worker still resets the child's high-water mark, so a small run after a large one adds next to
    nothing."""
    work = installed.workdir(f"peak-{runner}")
    shutil.copy(ROOT / "tests" / "peak_after_big.py", work / "peak.py")
    res = installed.as_user([str(installed.bin / "python"), "peak.py", runner], work)
    assert res.returncode == 0, res.stderr[-3000:]
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["status"] == ["ok"] * 4 and got["tight"][0] == "ok" and got["big"] == [3_000_000], got
    assert max(got["added"]) <= 1024, got


def test_docker_without_permission_is_one_line(installed):
    work = installed.workdir("no-docker")
    samples = fixture_samples(work)
    res = installed.as_user(["effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"),
                             "--runner", "docker", "--quiet"], work, groups=False)  # not in the docker group
    line = one_line_error(res)
    assert "docker group" in line and "usermod -aG docker" in line
    assert not (work / "runs").exists()  # refused before anything was measured


# ---------------------------------------------------------------- what the machine refuses: one line, exit 2
def _bin_with(tmp_path: Path, *tools: str) -> Path:
    """A PATH holding only these tools (the real ones): to take valgrind away without uninstalling it."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for tool in tools:
        os.symlink(shutil.which(tool), bindir / tool)
    return bindir


def test_no_valgrind_is_one_line(tmp_path):
    bindir = _bin_with(tmp_path, "bwrap", "env", "true")
    samples = fixture_samples(tmp_path)
    res = CliRunner(env={"PATH": str(bindir)}).invoke(
        main, ["run", str(samples), "--tasks-dir", str(ROOT / "tests" / "fixtures" / "tasks"),
               "--measure", "instructions", "--counter", "callgrind", "--out", str(tmp_path / "run")])
    assert res.exit_code == 2, res.output
    assert res.stderr.strip().count("\n") == 0 and "apt-get install valgrind" in res.stderr
    assert not (tmp_path / "run").exists()


def test_no_bubblewrap_is_one_line(tmp_path):
    with pytest.raises(SetupError, match="apt-get install bubblewrap"):
        preflight.check_process_sandbox(path=str(tmp_path))


def test_kernel_settings_that_block_user_namespaces_are_named(tmp_path):
    """The kernel settings themselves cannot be flipped on this shared machine: a copy of /proc/sys with each one
    set to its blocking value stands in for it, and a bwrap that fails as Ubuntu 24.04's does for the probe."""
    fake = _fake_bwrap(tmp_path)
    for name, blocking, fix in preflight.USERNS_SETTINGS:
        proc_sys = tmp_path / name.replace("/", "_")
        (proc_sys / name).parent.mkdir(parents=True)
        (proc_sys / name).write_text(blocking + "\n")
        with pytest.raises(SetupError) as err:
            preflight.check_process_sandbox(proc_sys, unprivileged=True, path=str(fake))
        message = str(err.value)
        assert "\n" not in message and name.replace("/", ".") + "=" + blocking in message and fix in message
    # nothing blocking: the probe's own message
    with pytest.raises(SetupError, match="setting up uid map: Permission denied"):
        preflight.check_process_sandbox(tmp_path / "none", unprivileged=True, path=str(fake))
    assert preflight.userns_blocker(Path("/proc/sys")) is None  # this machine allows them (the tests above ran)


def test_an_env_without_default_signal_is_one_line(tmp_path):
    """The process sandbox starts its workers through `env --default-signal`, which GNU coreutils before 8.31 (Debian
    10, Ubuntu 18.04) and busybox refuse: every worker would fail to start.  An env that answers as theirs does."""
    bindir = _bin_with(tmp_path, "bwrap", "true")
    (bindir / "env").write_text("#!/bin/sh\necho \"env: unrecognized option '$1'\" >&2\nexit 125\n")
    os.chmod(bindir / "env", 0o755)
    with pytest.raises(SetupError) as err:
        preflight.check_process_sandbox(path=str(bindir))
    assert "\n" not in str(err.value) and "coreutils 8.31" in str(err.value)


def _fake_bwrap(tmp_path: Path) -> Path:
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    (bindir / "bwrap").write_text("#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n")
    os.chmod(bindir / "bwrap", 0o755)
    return bindir


def test_this_machine_passes_the_process_sandbox_check():
    preflight.check_process_sandbox()


STRIPPED = "/usr/bin/python3.11"  # Debian's interpreter: symbols stripped, built with LTO


@pytest.mark.skipif(not os.path.exists(STRIPPED), reason="no Debian system Python 3.11 on this machine")
def test_a_stripped_interpreter_is_refused_not_counted_as_zero():
    # without the LTO name callgrind never finds the function that marks the region: no run would count
    with pytest.raises(SetupError, match=r"apt-get install python3\.11-dbg"):
        preflight.check_callgrind_counts(STRIPPED, ["--dump-before=_operator_call"])
    # effbench's own markers find it through the debug symbols .ci/setup installs (python3-dbg)
    preflight.check_callgrind_counts(STRIPPED, REGION_MARKERS)
    preflight.check_callgrind_counts(os.path.realpath(sys.executable), REGION_MARKERS)


# ---------------------------------------------------------------- a Ray run by a user on a machine root ran one on
def test_a_users_ray_run_is_not_stopped_by_roots_slot_locks(installed, tmp_path):
    """Found from the installed wheel: after a Ray run by root, a user's ``--executor ray`` failed on its worker,
    "[Errno 13] Permission denied: '/tmp/effbench-slots/core-0.lock'" (one lock directory for everyone, private to
    whoever made it).  A real local cluster started for the run, as the user, in a network namespace holding
    loopback alone (as tests/test_ray_executor.py's), on a machine where root's Ray workers hold their locks."""
    import ray
    from effbench.measuring.ray_executor import _CoreLock
    res = subprocess.run([str(installed.bin / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                          f"ray=={ray.__version__}"], capture_output=True, text=True, timeout=900,
                         env=clean_env())
    assert res.returncode == 0, res.stderr[-3000:]
    work = installed.workdir("ray")
    samples = fixture_samples(work)
    ray_tmp = installed.workdir("rt")  # Ray's session files and sockets: the user's, and a short path
    user = installed.user
    inner = " ".join(["exec setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups", "--",
                      "effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"),
                      "--repeats", "2", "--k", "1", "--quiet", "--out", "run", "--executor", "ray"])
    with _CoreLock():  # root holds a core of this node, as a root Ray worker measuring does
        res = subprocess.run(["unshare", "--net", "--", "sh", "-c", f"ip link set lo up && {inner}"], cwd=work,
                             env=installed.env(work, RAY_TMPDIR=str(ray_tmp)), capture_output=True, text=True,
                             timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    board = json.loads((work / "run" / "leaderboard.json").read_text())
    assert board["models"]["mine"]["pass@k"]["1"] == 1.0
    assert json.loads((work / "run" / "run.json").read_text())["executor"]["kind"] == "ray"


def test_a_user_without_a_writable_folder_or_home_gets_one_line_or_a_run(installed):
    """Found as the user: ``effbench run`` from a folder the user cannot write (its default --out is there) ended in
    a PermissionError traceback, and so did a run with HOME=/nonexistent (the input cache lives under HOME)."""
    work = installed.workdir("nohome")
    samples = fixture_samples(work)
    args = ["effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"), "--repeats",
            "2", "--k", "1", "--quiet"]
    res = installed.as_user(args, installed.scratch)  # root's folder: the user may not make runs/ there
    assert f"--out runs/samples: {installed.scratch} is not writable by this user" in one_line_error(res)
    res = installed.as_user([*args, "--out", "run"], work, HOME="/nonexistent")
    assert res.returncode == 0, res.stderr
    assert "warning: the input cache /nonexistent/.cache/effbench/inputs cannot be used" in res.stderr
    board = json.loads((work / "run" / "leaderboard.json").read_text())
    assert board["models"]["mine"]["pass@k"]["1"] == 1.0


def test_profiling_or_scoring_a_run_the_user_cannot_write_is_refused_before_profiling(installed):
    """Found as the user: ``effbench profile`` of a run directory another user made (here root's) took every
    profile, then failed to store them, in a line saying that they were kept and to rerun.  ``effbench score``
    said the same ("finished measurements are kept, rerun to resume"), which no rerun mends."""
    work = installed.workdir("profile-root-run")
    samples = fixture_samples(work)
    res = subprocess.run(["effbench", "run", str(samples), "--tasks-dir", str(installed.scratch / "fixture-tasks"),
                          "--repeats", "1", "--k", "1", "--quiet", "--out", "root-run"], cwd=work,
                         env=installed.env(work, HOME=str(installed.scratch)),  # root's caches not in the user's
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    subprocess.run(["chmod", "-R", "go+rX", str(work / "root-run")], check=True)  # the user may read it all
    res = installed.as_user(["effbench", "profile", "root-run", "--tasks-dir",
                             str(installed.scratch / "fixture-tasks")], work)
    assert f"RUN_DIR root-run: {work / 'root-run'} is not writable by this user" in one_line_error(res)
    assert "cprofile" not in res.stdout and not (work / "root-run" / "profiles").exists()
    board = (work / "root-run" / "leaderboard.json").read_bytes()
    res = installed.as_user(["effbench", "score", "root-run"], work)
    assert f"RUN_DIR root-run: {work / 'root-run'} is not writable by this user" in one_line_error(res)
    assert (work / "root-run" / "leaderboard.json").read_bytes() == board


def test_building_tiers_into_a_suite_the_user_cannot_write_is_refused_before_measuring(installed):
    """Found as the user: ``effbench tiers build`` of a task in a folder the user may not write (root's copy here;
    the built-in suite, installed with the package, is the common case) measured every solution, for minutes under
    callgrind, and only then failed to write tiers.json."""
    work = installed.workdir("tiers-root-suite")
    suite = installed.scratch / "fixture-tasks"
    res = installed.as_user(["effbench", "tiers", "build", "prefix-max", "--tasks-dir", str(suite)], work)
    assert (f"tier file {suite / 'prefix-max' / 'tiers.json'}: {suite / 'prefix-max'} is not writable by this user"
            in one_line_error(res))
    assert res.stdout == "" and not (suite / "prefix-max" / "tiers.json").exists()
    res = installed.as_user(["effbench", "tiers", "build", "pair-sum-count"], work)
    line = one_line_error(res)
    assert "effbench_tasks/pair-sum-count/tiers.json is not writable by this user" in line
    assert line.endswith("(the built-in suite: build the tiers of a copy of it, with --tasks-dir)")
    assert res.stdout == ""
    res = installed.as_user(["effbench", "tasks", "catalogue", "--write"], work)  # 'README.md: not accessible'
    line = one_line_error(res)
    assert line.startswith("effbench: error: catalogue ") and "effbench_tasks/README.md is not writable" in line
    assert line.endswith("(the built-in suite: write the catalogue of a copy of it, with --tasks-dir)")


def test_a_path_in_a_folder_the_user_cannot_enter_is_one_line(installed):
    """Found as the user giving the action a baseline in a folder it may not enter: pathlib's is_dir() raises
    PermissionError there (Python 3.11), and compare, report, leaderboard, history and run each ended in its
    traceback (exit 1); three of them here.  Root enters every folder, so only the user meets it."""
    work = installed.workdir("locked-out")
    locked = installed.scratch / "locked"
    locked.mkdir(mode=0o700)
    board = locked / "leaderboard.json"
    for args in (["compare", str(board), "--check", "--measure", "cpu"], ["report", str(board)],
                 ["run", str(locked / "samples.jsonl"), "--out", "run", "--quiet"]):
        res = installed.as_user(["effbench", *args], work)
        assert f"{board if args[0] != 'run' else locked / 'samples.jsonl'}: not accessible to this user" \
            in one_line_error(res), args
    assert not (work / "run").exists()
