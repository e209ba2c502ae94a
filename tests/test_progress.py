"""Progress a person can follow: phase, done/total and ETA on a terminal (a real pty), one plain line at most every
interval without one (a CI log), nothing with --quiet.  Real runs of the fixture task in the process sandbox, through
click's CliRunner and as subprocesses."""
from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.errors import EffbenchError
from effbench.measuring.progress import BarProgress, LineProgress, Progress, make_progress
from effbench.measuring.records import Settings
from effbench.measuring.run import _check_inputs, execute_run
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS, write_samples
from .hostile import prefix_max_variant

SOL = FIXTURE_TASKS / "prefix-max" / "solutions"
STATUS = re.compile(r"effbench: progress: (starting|(inputs|expert|DPE tiers|samples|DPE profile) prefix-max): "
                    r"\d+/(\d+) steps")


def samples(tmp_path, n: int = 3):
    return write_samples(tmp_path / "s.jsonl", [{"task_id": "prefix-max", "model": f"m{i}",
                                                 "solution": (SOL / "loop.py").read_text()} for i in range(n)])


# ---------------------------------------------------------------- the policy
def test_policy_picks_by_stream_and_quiet(monkeypatch):
    monkeypatch.delenv("EFFBENCH_PROGRESS_INTERVAL", raising=False)
    assert type(make_progress(True, io.StringIO())) is Progress
    plain = make_progress(False, io.StringIO())
    assert isinstance(plain, LineProgress) and plain.interval == 30.0

    class Tty(io.StringIO):
        def isatty(self):
            return True
    assert isinstance(make_progress(False, Tty()), BarProgress)
    monkeypatch.setenv("EFFBENCH_PROGRESS_INTERVAL", "2.5")
    assert make_progress(False, io.StringIO()).interval == 2.5
    for bad in ("0", "-1", "nan", "inf", "soon"):
        monkeypatch.setenv("EFFBENCH_PROGRESS_INTERVAL", bad)
        with pytest.raises(EffbenchError, match="EFFBENCH_PROGRESS_INTERVAL"):
            make_progress(False, io.StringIO())


def test_plain_lines_come_at_most_every_interval_and_say_where_the_run_is():
    out = io.StringIO()
    progress = LineProgress(out, interval=0.2)
    progress.start(10)
    progress.phase("expert", "t1")
    progress.advance()
    progress.phase("samples", "t1")
    progress.advance(4)
    time.sleep(0.5)   # the lines come from the timer, also while one step lasts
    progress.close()
    lines = out.getvalue().splitlines()
    assert 1 <= len(lines) <= 3, lines
    assert all(re.fullmatch(r"effbench: progress: samples t1: 5/10 steps \(50%\), \d+s elapsed, ETA \d+s", line)
               for line in lines), lines
    time.sleep(0.3)
    assert out.getvalue().splitlines() == lines  # closed: no more lines


def test_status_counts_and_eta():
    p = Progress()
    p.start(4)
    p.started -= 90     # 90 s ago
    p.phase("DPE tiers", "t")
    p.advance(1)
    assert p.status() == "DPE tiers t: 1/4 steps (25%), 1m30s elapsed, ETA 4m30s"


def test_the_eta_is_timed_by_the_steps_measured_not_those_a_resumed_run_replayed():
    """A resumed run replays its finished steps in moments: taken for work, 30 of 100 steps done in 10 s promised
    the 70 left in 23 s, where the 2 steps measured in those 10 s say 5m50s."""
    p = Progress()
    p.start(100)
    p.started -= 10
    p.phase("samples", "t")
    p.advance(30, measured=False)
    assert p.status() == "samples t: 30/100 steps (30%), 10s elapsed"  # nothing measured yet: no rate to tell
    p.advance(2)
    assert p.status() == "samples t: 32/100 steps (32%), 10s elapsed, ETA 5m40s"


@pytest.mark.sandbox
def test_a_resumed_run_counts_the_steps_it_replays_done_but_not_measured(tmp_path):
    """The wiring of the rule above: the steps of a run measured afresh are measured; resumed after its last sample
    was lost (its records removed, as an interrupted run leaves them), every step but that sample's is replayed."""
    class Steps(Progress):
        def __init__(self) -> None:
            super().__init__()
            self.steps: list[tuple[int, bool]] = []

        def start(self, total: int, label: str = "measuring") -> None:
            super().start(total, label)
            self.steps = []  # the measurements' steps, after the inputs' (made or found in the cache: not measured)

        def advance(self, steps: int = 1, measured: bool = True) -> None:
            super().advance(steps, measured)
            self.steps.append((steps, measured))

    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    rows = load_samples(samples(tmp_path), suite)
    out = tmp_path / "out"

    def run() -> list[tuple[int, bool]]:
        progress = Steps()
        execute_run([suite["prefix-max"]], rows, Settings(repeats=2), out, [1], progress=progress)
        return progress.steps

    assert run() == [(1, True)] * 4  # the expert and 3 samples (the fixture task has no tier file)
    records = out / "records.jsonl"
    lines = records.read_text().splitlines(keepends=True)
    records.write_text("".join(line for line in lines if json.loads(line)["subject"] != rows[-1].key))
    assert run() == [(1, False)] * 3 + [(1, True)]


class Recording(Progress):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple] = []

    def start(self, total: int, label: str = "measuring") -> None:
        super().start(total, label)
        self.events.append(("start", total, label))

    def phase(self, name: str, task: str) -> None:
        super().phase(name, task)
        self.events.append(("phase", name, task, self.done))

    def close(self) -> None:
        self.events.append(("close", self.done, self.total))


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_runs_inputs_are_steps_of_their_own_before_its_measurements(tmp_path):
    """Made afresh, a whole suite's inputs took minutes in which a run showed nothing: a step per task now."""
    for name in ("a", "b"):
        prefix_max_variant(tmp_path / "tasks", name, "exact")
    tasks = load_suite(tmp_path / "tasks")
    progress = Recording()
    _check_inputs(tasks, 7, InputCache(tmp_path / "cache"), progress)
    assert progress.events == [
        ("start", len(tasks), "inputs"), *(("phase", "inputs", t.id, i) for i, t in enumerate(tasks)),
        ("close", len(tasks), len(tasks))]
    assert any((tmp_path / "cache").rglob("*.marshal"))  # they were made, and kept
    progress.start(5)  # then the measurements, counted from nought
    assert (progress.done, progress.total, progress.where) == (0, 5, "")


# ---------------------------------------------------------------- through the CLI
def run_args(tmp_path, *extra):
    return ["run", str(samples(tmp_path)), "--tasks-dir", str(FIXTURE_TASKS), "--out", str(tmp_path / "out"),
            "--repeats", "2", "--k", "1", *extra]


@pytest.mark.sandbox
def test_without_a_tty_the_run_writes_plain_progress_lines_cli_runner(tmp_path):
    res = CliRunner().invoke(main, run_args(tmp_path), env={"EFFBENCH_PROGRESS_INTERVAL": "0.3"})
    assert res.exit_code == 0, res.stderr
    found = [STATUS.match(line) for line in res.stderr.splitlines() if line.startswith("effbench: progress")]
    assert found and all(found), res.stderr
    assert any(m.group(2) == "samples" for m in found), res.stderr
    # the expert, 3 samples (no tier file: no DPE steps); before them, the inputs of the one task
    assert {int(m.group(3)) for m in found if m.group(2) != "inputs"} == {1 + 3}
    quiet = CliRunner().invoke(main, run_args(tmp_path, "--quiet"), env={"EFFBENCH_PROGRESS_INTERVAL": "0.01"})
    assert quiet.exit_code == 0 and "progress" not in quiet.stderr


@pytest.mark.sandbox
def test_without_a_tty_as_a_subprocess(tmp_path):
    env = {**os.environ, "EFFBENCH_PROGRESS_INTERVAL": "0.3"}
    done = subprocess.run([sys.executable, "-m", "effbench", *run_args(tmp_path)], capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("effbench: progress")]
    assert lines and all(STATUS.match(line) for line in lines), done.stderr
    assert "measuring" not in done.stderr  # no bar drawn into a log


@pytest.mark.sandbox
def test_on_a_tty_the_bar_shows_phase_position_and_eta(tmp_path):
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "effbench", *run_args(tmp_path, "--repeats", "6")],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:   # the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    screen = b"".join(chunks).decode(errors="replace")
    assert proc.returncode == 0, screen
    assert re.search(r"inputs .*\b[01]/1\s+inputs prefix-max", screen), screen  # before anything is measured
    assert re.search(r"0/4\s+expert prefix-max", screen), screen   # shown while the expert is measured
    assert re.search(r"[1-3]/4\s+.*samples prefix-max", screen), screen
    assert re.search(r"measuring .*\b[0-4]/4\b", screen), screen
    # Progress.eta, not click's, in any of its forms (1h03m, 1m05s under heavy load, 7s)
    assert re.search(r"[1-3]/4\s+samples prefix-max, ETA (\d+h\d\dm|\d+m\d\ds|\d+s)", screen), screen
    assert "effbench: progress" not in screen
