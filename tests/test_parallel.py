"""``effbench run --jobs N``: N sandbox slots, a task per slot, each slot on its own core.

Everything is real: the process sandbox, callgrind, the store, a ``kill -9`` of the CLI process mid-run.  The
instruction counts of ``--jobs 2`` (killed and resumed) must equal ``--jobs 1``'s, every one of them."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.parallel import check_jobs, default_jobs, usable_cpus
from effbench.measuring.records import Settings
from effbench.measuring.run import Executor, execute_run
from effbench.measuring.schedule import REFERENCE, SAMPLE, START
from effbench.measuring.unit import open_slot
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

from .small_suite import make_suite, records

ROOT = Path(__file__).resolve().parent.parent


def _cmd(tasks: Path, samples: Path, out: Path, *extra: str) -> list[str]:
    return ["run", str(samples), "--tasks-dir", str(tasks), "--out", str(out), "--measure", "instructions",
            "--k", "1", "--quiet", *extra]


@pytest.fixture
def suite(small_suite_run):
    return small_suite_run.root, small_suite_run.tasks, small_suite_run.samples


@pytest.fixture
def one_slot(small_suite_run):
    """The records of the suite's ``--jobs 1`` run (shared with test_ray_executor: conftest.small_suite_run)."""
    return small_suite_run.records


def _env(root: Path) -> dict:
    return {**os.environ, "EFFBENCH_CACHE": str(root / "cache"),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def _tasks_logged(log: Path) -> Counter:
    """The records a running run has written so far, by task; a last line still being written is not counted."""
    done = Counter()
    for line in log.read_bytes().splitlines() if log.is_file() else []:
        try:
            done[json.loads(line)["task"]] += 1
        except ValueError:
            pass
    return done


@pytest.mark.sandbox
def test_two_slots_count_exactly_what_one_slot_counts_even_killed_and_resumed(tmp_path, suite, one_slot):
    root, tasks, samples = suite
    out = tmp_path / "jobs2"  # not in the session's suite directory, which other modules read
    cmd = [sys.executable, "-m", "effbench", *_cmd(tasks, samples, out, "--jobs", "2")]
    log = out / "records.jsonl"
    whole = Counter(k[0] for k in one_slot)
    # Killed once a third of the records are written and both tasks have some: both under way at once is seen in the
    # log itself.  (A third alone was the signal before: under a load of 8 on this 2-core machine one slot's first
    # record came after it, and the kill found one task's records only.)  Under load one slot can still finish its
    # task before the other's first record is read (20 of pm-a against 3 of pm-b, 2026-12-07): that kill is not the
    # one this test is about, so the run is started afresh, up to three times.
    for _attempt in range(3):
        shutil.rmtree(out, ignore_errors=True)
        proc = subprocess.Popen(cmd, env=_env(root), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 300
        while not ((seen := _tasks_logged(log)).total() >= len(one_slot) // 3 and seen.keys() == whole.keys()):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, f"the --jobs 2 run wrote too few records in 5 minutes: {seen}"
            time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)  # mid-run, both slots busy: what a crash leaves must resume
        proc.wait()
        if all(seen[task] < whole[task] for task in whole):
            break
    assert all(seen[task] < whole[task] for task in whole), (seen, whole)  # both tasks were under way at once
    partial = records(out)
    assert 0 < len(partial) < len(one_slot)
    assert {k[0] for k in partial} == {"pm-a", "pm-b"}
    done = subprocess.run(cmd, env=_env(root), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    two = records(out)
    assert two.keys() == one_slot.keys()
    differ = {k: (one_slot[k], two[k]) for k in one_slot if one_slot[k] != two[k]}
    assert not differ, differ
    assert sum(v[1] is not None for v in two.values()) >= 20  # the comparison covers counted runs
    assert {k: v for k, v in partial.items()} == {k: two[k] for k in partial}  # resumed, not re-measured
    meta = json.loads((out / "run.json").read_text())
    assert meta["executor"] == {"kind": "local", "jobs": 2}
    # the killed run's private /tmp directories (callgrind workers) were removed by the rerun
    assert not list(Path("/dev/shm").glob(f"effbench-tmp-{proc.pid}-*"))


@pytest.mark.sandbox
@pytest.mark.skipif(len(usable_cpus()) < 2, reason="a second slot needs a second core")
def test_counting_one_tasks_samples_are_split_over_both_slots_and_count_what_one_slot_counts(tmp_path, suite,
                                                                                            one_slot):
    root = suite[0]
    tasks_dir, samples_file = make_suite(tmp_path, ("pm-a",))
    tasks = load_suite(tasks_dir)
    samples = load_samples(samples_file, {t.id: t for t in tasks})
    spans: list = []
    execute_run(tasks, samples, Settings(measure="instructions"), tmp_path / "run", [1], InputCache(root / "cache"),
                executor=Executor("local", 2), timeline=spans)
    two = records(tmp_path / "run")
    assert two == {k: v for k, v in one_slot.items() if k[0] == "pm-a"}
    lines = (tmp_path / "run" / "records.jsonl").read_text().splitlines()
    assert len(lines) == len(two)  # the slot that took samples replayed the reference from the store: nothing twice
    started = {s.slot: s.end for s in spans if s.kind == START}
    reference = next(s for s in spans if s.kind == REFERENCE)
    assert started[1 - reference.slot] < reference.end, "the other slot was not ready when the samples were"
    measured = {s.slot for s in spans if s.kind == SAMPLE}
    assert measured == {0, 1}, spans  # a one-task run used to leave the second slot idle all along
    assert sum(s.kind == SAMPLE for s in spans) == len(samples)


@pytest.mark.sandbox
@pytest.mark.skipif(len(usable_cpus()) < 2, reason="pinning a second slot needs a second core")
def test_a_slot_pins_both_its_workers_to_its_core():
    cpu = usable_cpus()[1]
    slot = open_slot(Settings(measure="instructions"), 1, cpu)
    try:
        assert (slot.runner.slot, slot.counter.slot) == (2, 3)  # slot i owns sandbox slots 2i and 2i+1
        for runner in (slot.runner, slot.counter):
            assert os.sched_getaffinity(runner.proc.pid) == {cpu}
            for child in __import__("psutil").Process(runner.proc.pid).children(recursive=True):
                assert child.cpu_affinity() == [cpu]
    finally:
        slot.close()


def test_defaults_every_core_counting_one_slot_timing():
    assert default_jobs("instructions") == len(usable_cpus())
    assert default_jobs("cpu") == default_jobs("wall") == 1


@pytest.mark.parametrize("args, says", [
    (["--jobs", "0"], "--jobs 0"),
    (["--jobs", "999"], "--jobs 999"),
    (["--jobs", "2", "--executor", "ray"], "--jobs is for the local executor"),
    (["--executor", "local", "--ray-address", "127.0.0.1:6379"], "--ray-address needs --executor ray"),
])
def test_bad_executor_options_are_one_line_before_anything_runs(tmp_path, args, says):
    tasks, samples = make_suite(tmp_path)
    res = CliRunner().invoke(main, _cmd(tasks, samples, tmp_path / "out", *args))
    assert res.exit_code == 2
    assert says in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_check_jobs_bounds():
    check_jobs(1)
    check_jobs(len(usable_cpus()))
    with pytest.raises(Exception, match="--jobs"):
        check_jobs(len(usable_cpus()) + 1)


@pytest.mark.sandbox
@pytest.mark.skipif(len(usable_cpus()) < 2, reason="pinning a second slot needs a second core")
def test_a_docker_slot_is_pinned_by_its_containers_cpuset():
    from effbench.sandbox.docker_sandbox import DockerSandbox
    cpu = usable_cpus()[1]
    runner = DockerSandbox(slot=2)  # without a core of its own, slot 2 would go to the first core
    runner.cpu = cpu
    runner.start()
    try:
        runner.container.reload()
        assert runner.container.attrs["HostConfig"]["CpusetCpus"] == str(cpu)
    finally:
        runner.close()
