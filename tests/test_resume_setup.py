"""A resumed run never mixes measurements of two setups: a worker that tells another counting setup (runner files,
interpreter, counter) than the run recorded, or a timing run resumed on a machine of another CPU, is refused before
it measures anything, in one line, exit 2, every finished measurement kept as it was.

Real runs in the process sandbox (callgrind for the counting ones); the other runner files are a copy of
``runners/`` with one comment added, which the workers really run.  Another CPU cannot exist on this machine: the
timing run's record says it was measured on one (its run.json, as another machine would have written it)."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.errors import InfrastructureError, SetupError
from effbench.measuring import machine, run_setup
from effbench.measuring.records import Settings
from effbench.measuring.run import execute_run
from effbench.reports.counting_setup import counting_setups
from effbench.sandbox import runner_source, worker_setup
from effbench.sandbox.client import PooledSandbox
from effbench.sandbox.process import ProcessSandbox
from effbench.sandbox.runner_source import runners_digest, runners_dir
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

from .conftest import copy_of_runners
from .small_suite import LocalRun, make_suite
from .test_compare import fake_run


def _other_runners(tmp_path: Path) -> Path:
    """A copy of the runner files with one comment more: another digest, and counts that differ slightly."""
    copy = copy_of_runners(tmp_path / "other-runners")
    wire = copy / "wire.py"
    wire.write_text(wire.read_text() + "# another version of the runner\n")
    assert runners_digest(copy) != runners_digest()
    return copy


def _files(run: Path) -> dict[str, bytes]:
    """Every file of a run directory but its lock (whose holder's pid each command writes)."""
    return {str(p.relative_to(run)): p.read_bytes() for p in sorted(run.rglob("*"))
            if p.is_file() and p.name != ".lock"}


def _resume(suite: LocalRun, out: Path, *extra: str):
    return CliRunner().invoke(main, ["run", str(suite.samples), "--tasks-dir", str(suite.tasks), "--out", str(out),
                                     "--measure", "instructions", "--k", "1", "--quiet", *extra],
                              env={"EFFBENCH_CACHE": str(suite.cache)})


def _interrupted_copy(suite: LocalRun, out: Path) -> None:
    """The suite's counting run as a kill leaves it: a copy, one sample's last record lost."""
    shutil.copytree(suite.out, out)
    lines = (out / "records.jsonl").read_text().splitlines(keepends=True)
    last = max(i for i, line in enumerate(lines) if json.loads(line)["subject"].startswith("quadratic/"))
    (out / "records.jsonl").write_text("".join(lines[:last] + lines[last + 1:]))


@pytest.mark.sandbox
def test_a_counting_run_resumed_with_other_runner_files_is_refused_before_measuring(tmp_path, small_suite_run,
                                                                                   monkeypatch):
    """Resumed with other runner files (an upgraded effbench, or an image of an older one), the run counted the rest
    with them, recorded their digest alone, and scored counts of two harnesses together."""
    out = tmp_path / "run"
    _interrupted_copy(small_suite_run, out)
    before = _files(out)
    recorded = json.loads(before["run.json"])["runner"]["runners"]
    other = _other_runners(tmp_path)
    monkeypatch.setattr(runner_source, "runners_dir", lambda: other)
    res = _resume(small_suite_run, out, "--jobs", "1")
    assert res.exit_code == 2, res.output + res.stderr
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("effbench: error: "), res.stderr
    said = res.stderr
    assert f"runners '{recorded}' recorded, '{runners_digest(other)}' now" in said and "--out" in said, said
    assert _files(out) == before  # what measured it (run.json's runner and machine) as it was, every record kept


@pytest.mark.sandbox
def test_every_slots_workers_must_run_the_recorded_setup_not_the_first_slots_alone(tmp_path, small_suite_run,
                                                                                  monkeypatch):
    """With --jobs 2, the second slot's workers (here the only ones running other runner files) were never asked.
    The run was recorded with --jobs 1: the refused resume rewrote run.json's executor as --jobs 2's, though it
    measured nothing (written before any worker was checked); the directory is now left byte for byte."""
    out = tmp_path / "run"
    shutil.copytree(small_suite_run.out, out)
    before = _files(out)
    other = _other_runners(tmp_path)
    mine = runners_dir()
    monkeypatch.setattr(runner_source, "runners_dir",
                        lambda: other if threading.current_thread().name == "effbench-slot-1" else mine)
    res = _resume(small_suite_run, out, "--jobs", "2")
    assert res.exit_code == 2, res.output + res.stderr
    assert "(slot 1)" in res.stderr and f"'{runners_digest(other)}' now" in res.stderr, res.stderr
    assert json.loads(before["run.json"])["executor"] == {"kind": "local", "jobs": 1}
    assert _files(out) == before


@pytest.mark.sandbox
def test_a_timed_run_resumed_on_a_machine_of_another_cpu_is_refused_before_measuring(tmp_path):
    """Times depend on the machine: a sample timed here would be scored against a reference timed on the other."""
    tasks_dir, samples_file = make_suite(tmp_path, ("pm-a",))
    tasks = load_suite(tasks_dir)
    samples = load_samples(samples_file, {t.id: t for t in tasks})
    out, cache = tmp_path / "run", InputCache(tmp_path / "cache")
    samples = samples[1:]  # the quadratic one and the wrong one: a few runs
    execute_run(tasks, samples, Settings(repeats=1), out, [1], cache)
    lines = (out / "records.jsonl").read_text().splitlines(keepends=True)
    (out / "records.jsonl").write_text("".join(lines[:-1]))  # interrupted: its last record lost
    meta = json.loads((out / "run.json").read_text())
    assert meta["machine"]["cpu"] == machine.cpu_model()
    meta["machine"]["cpu"] = "Another CPU @ 1.00GHz"  # as a run begun on another machine recorded it
    (out / "run.json").write_text(json.dumps(meta))
    before = _files(out)
    with pytest.raises(run_setup.SetupChanged) as refused:
        execute_run(tasks, samples, Settings(repeats=1), out, [1], cache)
    assert f"cpu 'Another CPU @ 1.00GHz' recorded, {machine.cpu_model()!r} now" in str(refused.value)
    assert refused.value.exit_code == 2
    assert _files(out) == before


@pytest.mark.sandbox
def test_a_fresh_worker_of_a_sandbox_must_run_what_its_first_ran(tmp_path, monkeypatch):
    """A worker restarted mid-run (a sample's mess, a crash) after the installation changed ran the new runner files
    for the rest of the run, unseen: its hello was taken as the sandbox's description."""
    sandbox = ProcessSandbox(slot=0)
    sandbox.start()
    try:
        first = sandbox.info()["runners"]
        sandbox.restart()  # the same files: fine
        assert sandbox.info()["runners"] == first
        other = _other_runners(tmp_path)
        monkeypatch.setattr(runner_source, "runners_dir", lambda: other)
        with pytest.raises(InfrastructureError, match=f"runners '{first}' then, '{runners_digest(other)}' now"):
            sandbox.restart()
        assert sandbox.session is None
    finally:
        sandbox.close()


@pytest.mark.sandbox
def test_a_worker_that_does_not_echo_the_token_is_this_setups_fault_said_before_measuring(tmp_path, monkeypatch):
    """Runner files of an effbench before the request token (an image an older version built) answer a fresh
    worker's hello without it: every run would fail alike, so it is one setup error (exit 2) at the start, not each
    sample's infrastructure failure.  The older files are a copy of runners/ whose worker echoes no token."""
    older = _other_runners(tmp_path)
    executor = older / "executor.py"
    echoed = executor.read_text()
    assert echoed.count("token=token)") == 2
    executor.write_text(echoed.replace("token=token)", "token=b\"\")"))
    monkeypatch.setattr(runner_source, "runners_dir", lambda: older)
    sandbox = ProcessSandbox(slot=0)
    try:
        with pytest.raises(SetupError, match="runs other runner files than this effbench's") as refused:
            sandbox.start()
        assert refused.value.exit_code == 2 and sandbox.session is None
    finally:
        sandbox.close()


def test_what_a_resume_compares_depends_on_what_was_measured():
    """Counts: the counter, the interpreter, the runner files, not the CPU or the clock; times: the interpreter, the
    runner files, the clock and the CPU, not the counter.  A run recorded before the runner files' digest (none)
    resumes with none of this version's; a run whose worker never started recorded no runner and measured nothing."""
    told = {"runner": "process", "counter": "callgrind", "python": "3.11.2", "implementation": "cpython",
            "executable": "/usr/bin/python3.11", "runners": "0123456789ab", "cpu_clock": "schedstat", "pid": 7}
    out = Path("/runs/x")
    run_setup.check_runner(out, "instructions", dict(told, pid=8, cpu_clock="rusage"), told)
    run_setup.check_runner(out, "cpu", dict(told, counter=None), told)
    run_setup.check_runner(out, "cpu", None, told)
    for measure, change in [("instructions", {"counter": "perf"}), ("instructions", {"runners": None}),
                            ("cpu", {"python": "3.12.1"}), ("wall", {"cpu_clock": "rusage"}),
                            ("instructions", {"executable": "/opt/python/bin/python3"})]:
        with pytest.raises(run_setup.SetupChanged) as refused:
            run_setup.check_runner(out, measure, dict(told, **change), told)
        (name, value), = change.items()
        shown = "none" if value is None else repr(value)
        assert f"{name} {shown} recorded, {told[name]!r} now" in str(refused.value), refused.value
    here = {"cpu": "CPU A", "hostname": "b"}
    run_setup.check_machine(out, "instructions", [{"cpu": "CPU B"}], here)
    run_setup.check_machine(out, "cpu", [{"cpu": "CPU A", "hostname": "a"}], here)
    with pytest.raises(run_setup.SetupChanged, match="cpu 'CPU B' recorded, 'CPU A' now"):
        run_setup.check_machine(out, "wall", [{"cpu": "CPU A"}, {"cpu": "CPU B"}], here)
    assert run_setup.measured_on({"machine": {"cpu": "M"}}) == [{"cpu": "M"}]
    assert run_setup.measured_on({"machine": {"cpu": "M"}, "nodes": {"t": {"cpu": "N"}}}) == [{"cpu": "N"}]


def test_ray_nodes_are_held_to_the_recorded_setup_and_a_resumed_tasks_machine():
    """The Ray driver's check of each unit's hello (run without a cluster: the rule, not Ray's transport).  Counting,
    a resumed run's nodes agree with its record (exit 2) and with each other (exit 3); timing, nodes may differ, but
    a task that goes on from records runs on the CPU they were timed on."""
    out = Path("/runs/x")
    told = {"runner": "process", "counter": "callgrind", "python": "3.11.2", "implementation": "cpython",
            "executable": "/usr/bin/python3.11", "runners": "0123456789ab", "cpu_clock": "schedstat"}
    a, b = {"hostname": "a", "cpu": "CPU A"}, {"hostname": "b", "cpu": "CPU B"}
    resumed = run_setup.NodeSetups(out, "instructions", {"runner": told, "machine": a})
    resumed.check("t1", dict(told, pid=3), b, a, True)
    with pytest.raises(run_setup.SetupChanged, match=r"\(node b\) would .*: runners '0123456789ab' recorded, 'ba98"):
        resumed.check("t2", dict(told, runners="ba9876543210"), b, None, False)
    fresh = run_setup.NodeSetups(out, "instructions", {"machine": a})
    fresh.check("t1", told, a, None, False)
    with pytest.raises(InfrastructureError, match="ray: node b counts instructions with") as mixed:
        fresh.check("t2", dict(told, python="3.12.1"), b, None, False)
    assert mixed.value.exit_code == 3
    timed = run_setup.NodeSetups(out, "cpu", {"runner": told, "machine": a, "nodes": {"t1": a}})
    timed.check("t2", dict(told, python="3.12.1"), b, None, False)  # a task of its own on another node: fine
    timed.check("t1", told, dict(a, hostname="a2"), a, True)  # resumed on a machine of the same CPU
    with pytest.raises(run_setup.SetupChanged, match=r"\(node b, task t1\) would .*: cpu 'CPU A' recorded, 'CPU B'"):
        timed.check("t1", told, b, a, True)
    with pytest.raises(run_setup.SetupChanged, match=r"task t3\) would .*: cpu 'CPU A' recorded"):
        timed.check("t3", told, b, None, True)  # measured by a local run on the run's machine


class _Restarted(PooledSandbox):
    """A sandbox's rule for its restarted worker, without a worker: the hello it is given stands for the restarted
    worker's (a worker of another interpreter cannot exist here; test_a_fresh_worker_of_a_sandbox_must_run_what_its_
    first_ran restarts a real one on other runner files)."""

    def _terminate(self) -> None:
        pass


def test_each_rule_of_one_setup_reads_every_field_the_setup_has():
    """The fields a worker's measurements depend on are named once (effbench.sandbox.worker_setup), where four rules
    each had a list of their own, and a field one missed (the runner files' digest) let runs mix or compare what
    they should have refused.  Each field changed alone is refused by each rule its measure depends on: a resumed
    run's workers, a Ray node's, compare's counting setup, a sandbox's restarted worker; a worker's pid by none."""
    out = Path("/runs/x")
    told = {name: f"{name}-1" for name in worker_setup.SETUP} | {"runner": "process", "pid": 1}
    depends = {"instructions": worker_setup.COUNTING, "cpu": worker_setup.TIMING}
    for name in (*worker_setup.SETUP, "pid"):
        other = dict(told, **{name: f"{name}-2"})
        for measure, fields in depends.items():
            if name in fields:
                with pytest.raises(run_setup.SetupChanged, match=f"{name} '{name}-1' recorded, '{name}-2' now"):
                    run_setup.check_runner(out, measure, told, other)
            else:
                run_setup.check_runner(out, measure, told, other)
        counts = name in worker_setup.COUNTING
        assert (run_setup.counting_identity(told) != run_setup.counting_identity(other)) == counts, name
        boards = [{"kind": "run", "meta": {"runner": runner}} for runner in (told, other)]
        assert (counting_setups(boards[0]) != counting_setups(boards[1])) == counts, name
        sandbox = _Restarted()
        sandbox._info = told
        if name == "pid":
            sandbox._check_same_setup(other)
        else:
            with pytest.raises(InfrastructureError, match=f"{name} '{name}-1' then, '{name}-2' now"):
                sandbox._check_same_setup(other)


def test_score_reads_a_run_recorded_before_the_runner_files_digest(tmp_path):
    """Reading needs none of this: a run whose runner records no digest (nor interpreter path) is scored."""
    run = fake_run(tmp_path / "old", {"m": {"t1": 1.5}}, measure="instructions")
    assert "runners" not in json.loads((run / "run.json").read_text())["runner"]
    res = CliRunner().invoke(main, ["score", str(run)])
    assert res.exit_code == 0, res.output + res.stderr
    assert json.loads((run / "leaderboard.json").read_text())["models"]
