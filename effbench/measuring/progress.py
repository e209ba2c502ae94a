"""How a run shows that it is moving: the one home of the progress policy.

Before measuring, a run makes (or finds in the input cache) every input of its tasks, a step per task (phase
``inputs``): on a fresh cache a whole suite's take minutes, which showed nothing before.  Then it is counted in steps:
per task, one for measuring the expert, one for re-measuring the DPE tier representatives
(tasks with a tier file), and one per sample (its DPE profiling included).  The phase says which of these is under
way (``expert``, ``DPE tiers``, ``samples``, ``DPE profile``), so a long expert measurement is no longer a frozen bar.

* On a terminal: click's progress bar (phase and task, done/total, percentage, ETA), redrawn in place.
* Anywhere else (a CI log, a file): one plain line at most every *interval* seconds (default 30, from
  ``$EFFBENCH_PROGRESS_INTERVAL``), written by a timer thread, so the log shows the run moving even while one long
  step runs.  A redrawn bar would be one unreadable line there, and a line per step floods it.
* ``--quiet``: nothing.

The ETA is one rule for both (:meth:`Progress.eta`): the time left at the rate of the steps this command measured.
A resumed run replays its finished steps from the records in moments; counted as work, they made a run with most
of its work ahead look nearly done (``31/23481 steps, 5s elapsed, ETA 1h03m`` where ~13 h were left).  Steps
replayed or skipped (an unscorable task's) are counted done, but not in the rate.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING, TextIO

import click

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

from effbench.errors import EffbenchError

DEFAULT_INTERVAL = 30.0
INTERVAL_ENV = "EFFBENCH_PROGRESS_INTERVAL"

INPUTS, EXPERT, TIERS, SAMPLES, DPE = "inputs", "expert", "DPE tiers", "samples", "DPE profile"


class Progress:
    """Silent progress (``--quiet``): counts steps; the subclasses show them."""

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.measured = 0  # of done: the steps that ran something (see the module's docstring)
        self.where = ""
        self.started = time.monotonic()

    def start(self, total: int, label: str = "measuring") -> None:
        """Count *total* steps from now (again after :meth:`close`: the inputs' steps, then the measurements')."""
        self.total, self.done, self.measured, self.started, self.where = total, 0, 0, time.monotonic(), ""

    def phase(self, name: str, task: str) -> None:
        self.where = f"{name} {task}"

    def advance(self, steps: int = 1, measured: bool = True) -> None:
        """*steps* done; *measured* False for steps that ran nothing (replayed from the records, or skipped)."""
        self.done += steps
        self.measured += steps if measured else 0

    def eta(self) -> float | None:
        """Seconds left at the rate of the measured steps; None before one is done, or once every step is."""
        if self.measured <= 0 or self.done >= self.total:
            return None
        return (time.monotonic() - self.started) * (self.total - self.done) / self.measured

    def close(self) -> None:
        pass

    def status(self) -> str:
        """``samples two-sum: 12/40 steps (30%), 1m05s elapsed, ETA 2m32s``."""
        elapsed = time.monotonic() - self.started
        text = f"{self.where or 'starting'}: {self.done}/{self.total} steps"
        if self.total:
            text += f" ({100 * self.done // self.total}%)"
        text += f", {_duration(elapsed)} elapsed"
        eta = self.eta()
        if eta is not None:
            text += f", ETA {_duration(eta)}"
        return text


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class BarProgress(Progress):
    """A terminal: click's progress bar, its item slot showing the phase and task, and the ETA (:meth:`eta`: click's
    own takes every step for work, replayed ones too)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.bar: ProgressBar[str | None] | None = None

    def start(self, total: int, label: str = "measuring") -> None:
        super().start(total, label)
        bar = click.progressbar(length=max(total, 1), label=label, file=self.stream, show_pos=True,
                                show_eta=False, item_show_func=lambda item: item)
        bar.__enter__()
        self.bar = bar

    def item(self) -> str:
        eta = self.eta()
        return self.where if eta is None else f"{self.where}, ETA {_duration(eta)}"

    def phase(self, name: str, task: str) -> None:
        super().phase(name, task)
        if self.bar is not None:  # drawn now: click's update() only redraws on a step
            self.bar.current_item = self.item()
            self.bar.render_progress()

    def advance(self, steps: int = 1, measured: bool = True) -> None:
        super().advance(steps, measured)
        if self.bar is not None:
            self.bar.update(steps, self.item())

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


class LineProgress(Progress):
    """No terminal: ``effbench: progress: <status>`` every *interval* seconds, from a daemon timer thread."""

    def __init__(self, stream: TextIO, interval: float) -> None:
        super().__init__()
        self.stream, self.interval = stream, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, total: int, label: str = "measuring") -> None:
        super().start(total, label)
        self._stop.clear()
        self._thread = threading.Thread(target=self._tick, name="effbench-progress", daemon=True)
        self._thread.start()

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            click.echo(f"effbench: progress: {self.status()}", file=self.stream)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def interval_from_env() -> float:
    raw = os.environ.get(INTERVAL_ENV)
    if raw is None:
        return DEFAULT_INTERVAL
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise EffbenchError(f"${INTERVAL_ENV}: expected a positive number of seconds, got {raw!r}")
    return value


def make_progress(quiet: bool, stream: TextIO | None = None) -> Progress:
    """The progress display the policy above picks for *stream* (stderr by default)."""
    if quiet:
        return Progress()
    stream = stream or sys.stderr
    interval = interval_from_env()
    return BarProgress(stream) if stream.isatty() else LineProgress(stream, interval)
