"""``effbench profile`` holds its run directory's lock for the whole command, as ``run`` and ``score`` do.

Before, it took the lock only to save: a ``score`` (or a resumed ``run``) of the same directory while it profiled
rewrote the results its profiles were chosen from, and one holding the lock when it saved made it fail after every
profile was taken (minutes under callgrind), the profiles lost.  Real runs in the process sandbox; ``effbench
profile`` and ``effbench score`` as subprocesses (two commands, so two processes, each with its own lock)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.run_dir import LOCK_FILE
from effbench.measuring.store import RunStore
from effbench.profiling.store import load_index

from .conftest import FIXTURE_TASKS, write_samples

pytestmark = pytest.mark.sandbox  # a real run, and profiles taken in the process sandbox

ROOT = Path(__file__).resolve().parent.parent
IN_USE = "in use by another effbench command"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("run")
    code = (FIXTURE_TASKS / "prefix-max" / "solutions" / "loop.py").read_text()
    samples = write_samples(tmp / "s.jsonl", [{"task_id": "prefix-max", "model": "m", "sample_id": f"s{i}",
                                               "solution": code} for i in range(3)])
    res = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(FIXTURE_TASKS), "--out",
                                    str(tmp / "out"), "--repeats", "1", "--k", "1", "--quiet"])
    assert res.exit_code == 0, res.output + res.stderr
    return tmp / "out"


def effbench(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "effbench", *map(str, args)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_profile_of_a_run_in_use_is_refused_before_it_profiles_anything(run_dir):
    with RunStore(run_dir).locked():  # what a run or score of this directory holds while it works
        proc = effbench("profile", run_dir, "--tasks-dir", FIXTURE_TASKS, "--sample", "s0")
        out, err = proc.communicate(timeout=600)
    assert proc.returncode == 2 and err.count("\n") == 1 and IN_USE in err, err
    assert out == ""  # nothing profiled (before: every profile taken, then lost in that line)
    assert not (run_dir / "profiles").exists()


def test_a_score_of_the_run_while_it_is_profiled_is_refused(run_dir):
    profile = effbench("profile", run_dir, "--tasks-dir", FIXTURE_TASKS, "--profiler", "callgrind",
                       "--sample", "s0", "--sample", "s1", "--sample", "s2")
    try:
        deadline = time.monotonic() + 120
        while (run_dir / LOCK_FILE).read_text().strip() != str(profile.pid):  # it holds the lock (its pid there)
            assert profile.poll() is None and time.monotonic() < deadline, "profile never held the run's lock"
            time.sleep(0.01)
        score = effbench("score", run_dir)
        _, err = score.communicate(timeout=300)
        overlapped = profile.poll() is None
    finally:
        out, perr = profile.communicate(timeout=900)
    assert overlapped, "the profile held the run's lock only as it ended (or ended before the score did)"
    assert score.returncode == 2 and IN_USE in err and f"pid {profile.pid}" in err, err
    assert profile.returncode == 0, perr
    kept = [e for e in load_index(run_dir)["profiles"] if e["profiler"] == "callgrind" and e["status"] == "ok"]
    assert {e["sample_id"] for e in kept if e["subject"] == "sample"} == {"s0", "s1", "s2"}, kept
    assert out.count("callgrind, total") == len(kept), out  # every profile taken is kept
