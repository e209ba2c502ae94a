"""Writing a task's tier file (``effbench tiers build``), and the pool it is built from: found by user-path reviews."""
from __future__ import annotations

import datetime
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring import dpe_tiers
from effbench.sandbox import base
from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile, load_dpe_tier_file, save_dpe_tier_file
from effbench.tasks.task import load_task

from .conftest import FIXTURE_TASKS, write_samples
from .hostile import prefix_max_variant
from .test_task_authoring import checkout_env

TASK = "prefix-max"


def tier_file(date: str) -> DpeTierFile:
    task = load_task(FIXTURE_TASKS / TASK)
    tiers = tuple(DpeTier(r.name, 1000.0 * (i + 1), 100.0 - 50 * i, 1, r.code)
                  for i, r in enumerate(task.references[:2]))
    return DpeTierFile(task_id=TASK, level=1, test=0, base=0.1, measure="instructions", unit="instructions",
                       built={"date": date, "pool": 2, "correct": 2, "left_out": {}}, eligible=True, tiers=tiers)


SCRIPT = """import dataclasses, resource, signal, sys
from effbench.errors import EffbenchError
from effbench.tasks.task import load_task
from effbench.tasks.dpe_tier_file import load_dpe_tier_file, save_dpe_tier_file
task = load_task(sys.argv[1])
old = load_dpe_tier_file(task)
new = dataclasses.replace(old, built={**old.built, "date": "2026-12-06"})
if sys.argv[3] == "killed":
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it: the write would fail (EFBIG) instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
try:
    save_dpe_tier_file(task, new)
except EffbenchError as exc:
    print(exc)
"""


@pytest.mark.sandbox
@pytest.mark.parametrize("how", ["killed", "write-fails"])
def test_a_tier_file_write_cut_short_leaves_the_old_file_whole(tmp_path, how):
    """Found as a user: a tier build killed while it wrote tiers.json (written in place) left it truncated, and
    every later command loading the task refused it ('invalid JSON').  The cut is the kernel's own: the writing
    process runs under RLIMIT_FSIZE below the file's size, so SIGXFSZ kills it in the middle of the write
    (*killed*) or, ignored as Python ignores it, the write fails there as on a full disk (*write-fails*).
    Then (found as a user, a build killed by SIGKILL): the temporary file a kill leaves beside tiers.json entered the
    task's content hash, so a run of the unchanged task refused to resume ('different suite_hash') and a leaderboard
    refused to merge it with another machine's run."""
    shutil.copytree(FIXTURE_TASKS / TASK, tmp_path / TASK)
    task = load_task(tmp_path / TASK)
    old = tier_file("2026-01-01")
    save_dpe_tier_file(task, old)
    path = tmp_path / TASK / "tiers.json"
    before = load_task(tmp_path / TASK).content_hash()
    res = subprocess.run([sys.executable, "-B", "-c", SCRIPT, str(tmp_path / TASK), str(path.stat().st_size // 2),
                          how], capture_output=True, text=True, timeout=120, env=checkout_env())
    if how == "killed":
        assert res.returncode == -signal.SIGXFSZ, (res.returncode, res.stderr[-2000:])
        left = [p.name for p in path.parent.iterdir() if p.name.startswith("tiers.json.")]
        assert len(left) == 1 and left[0].endswith(".tmp"), left  # what the kill left
    else:
        assert res.returncode == 0, res.stderr[-2000:]
        assert res.stdout.startswith(f"{path}: cannot write the tier file (") and res.stdout.count("\n") == 1
        assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith("tiers")) == ["tiers.json"]
    assert load_dpe_tier_file(load_task(tmp_path / TASK)) == old  # whole, and still the old one
    assert load_task(tmp_path / TASK).content_hash() == before  # the task as it was
    for authors in ("notes.tmp", "inputs.2024.tmp", "data/tiers.json.7.tmp"):  # the review: a task's own file named
        (tmp_path / TASK / authors).parent.mkdir(exist_ok=True)  # like a temporary one (any name, any folder) was
        (tmp_path / TASK / authors).write_text("the author's\n")  # left out too; the tier file's, at the top, alone is
        assert load_task(tmp_path / TASK).content_hash() != before, authors
        (tmp_path / TASK / authors).unlink()
    save_dpe_tier_file(task, tier_file("2026-12-07"))  # the next build replaces it
    assert load_dpe_tier_file(load_task(tmp_path / TASK)).built["date"] == "2026-12-07"


class CountingStandIn:
    """A runner that answers every run with the expert's output and a count that grows with the code's length: what
    a tier build needs of one, without starting anything."""

    counter = "callgrind"

    def __init__(self, output) -> None:
        self.output = output

    def execute(self, code, entry_point, keys, limits):
        return base.Execution(base.OK, cpu_time=0.1, wall_time=0.1, outputs=[self.output],
                              instructions=1000 * len(code))


def test_a_tier_file_says_when_it_was_built_in_utc_whatever_the_machines_zone(monkeypatch):
    """built.date was the builder's local day (2026-12-07), where every other stamp effbench writes (run.json's and
    a leaderboard's `created`) is UTC with its offset: a build in the evening west of Greenwich was dated a day
    before the run that used it."""
    task = load_task(FIXTURE_TASKS / TASK)
    monkeypatch.setattr(dpe_tiers, "stage_dpe_input", lambda *args, **kwargs: "dpe-input")
    monkeypatch.setenv("TZ", "Etc/GMT+11")  # UTC-11: the local day is the UTC day before it for 11 hours of 24
    time.tzset()
    try:
        before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        tf = dpe_tiers.build_dpe_tier_file(task, [(r.name, r.code) for r in task.references],
                                           CountingStandIn([1, 2]), level=1)
        after = datetime.datetime.now(datetime.UTC)
    finally:
        monkeypatch.undo()
        time.tzset()
    when = datetime.datetime.fromisoformat(tf.built["date"])
    assert when.utcoffset() == datetime.timedelta(0), tf.built["date"]
    assert before <= when <= after, (tf.built["date"], before, after)


def test_a_pool_with_samples_of_other_tasks_only_says_so_naming_the_tasks_asked(tmp_path):
    """Found as a user: `tiers build --pool F` where F holds samples of other tasks only said 'F: no samples', as
    if the file were empty; it has samples, none of them for the task(s) asked."""
    shutil.copytree(FIXTURE_TASKS / TASK, tmp_path / "tasks" / TASK)
    pool = write_samples(tmp_path / "pool.jsonl", [{"task_id": "other-task", "solution": "def f():\n    pass\n"}])
    res = CliRunner().invoke(main, ["tiers", "build", TASK, "--pool", str(pool), "--tasks-dir",
                                    str(tmp_path / "tasks")])
    assert res.exit_code == 2, res.output
    line = res.stderr.strip()
    assert "\n" not in line and line == (f"effbench: error: {pool}: has samples, but only of other tasks: none of "
                                         f"{TASK}"), line
    assert not (tmp_path / "tasks" / TASK / "tiers.json").exists()


def test_a_task_the_pool_has_nothing_for_is_said_before_any_task_is_measured(tmp_path):
    """`tiers build A B --pool F` with solutions in F for A alone measured A (minutes under callgrind) and only
    then said F had none for B; now it is said first, and nothing is measured or written."""
    tasks = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS / TASK, tasks / TASK)
    prefix_max_variant(tasks, "pm-b", "exact")
    expert = load_task(tasks / TASK).expert.code
    pool = write_samples(tmp_path / "pool.jsonl", [{"task_id": TASK, "solution": expert}])
    res = CliRunner().invoke(main, ["tiers", "build", TASK, "pm-b", "--pool", str(pool), "--tasks-dir", str(tasks)])
    assert res.exit_code == 2 and res.stdout == "", res.output
    assert res.stderr.strip() == f"effbench: error: {pool}: no solutions for task(s) pm-b"
    assert not (tasks / TASK / "tiers.json").exists()
