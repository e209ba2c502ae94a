"""``effbench history``: how each model's suite pass@1, eff@1 and DPS moved over a series of runs, as asv and
github-action-benchmark show a benchmark commit by commit (rendering: :mod:`effbench.report_history`).

The inputs are run directories or leaderboard files, one per point in time.  They are put in order by the commit
each run measured (``meta.git.date``, recorded since this module exists) and else by the time the run started
(``meta.created``), whatever order they were given in: a CI job that downloads old artifacts does not know it.

What is refused, in one line, before anything is drawn: a file that is no leaderboard, a board with separate
sections (runs that could not be merged are not one point), and runs over different task sets (an eff@1 over
other tasks is another number) unless ``mixed_tasks`` says to chart them anyway.

A line joins only points measured alike: the same measurement mode, rules, interpreter build and counter or clock.
Where one of those changes the model's line breaks and the first point of the new line says what changed, because
a count from another interpreter or a time from another clock is no step of the code.  Between two consecutive
points of one line the change of eff@1 is judged as ``effbench compare`` judges it (:func:`effbench.compare.
suite_rows`: beyond the threshold and significant by a bootstrap over tasks, or deterministic in instructions
mode), and a point that ``compare`` would call a regression or an improvement is flagged.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from effbench.reports.compare import ALPHA, suite_rows
from effbench.errors import EffbenchError
from effbench.reports.board import load_board, model_meta

METRICS = (("pass@1", "pass@k"), ("eff@1", "eff@k"), ("DPS", "DPS"))


class HistoryError(EffbenchError):
    """Inputs that cannot make one history."""


@dataclass(frozen=True)
class Setup:
    """What a number depends on besides the code: runs that differ here are not joined by a line."""

    mode: str
    rules: str
    interpreter: str    # implementation and version
    build: str          # the interpreter binary: another build of one version counts differently
    counter: str

    def differences(self, other: Setup) -> str:
        """'counter callgrind -> perf', ... : what changed from *other* to this one."""
        parts = [f"{name} {a} → {b}" for name, a, b in
                 (("mode", other.mode, self.mode), ("rules", other.rules, self.rules),
                  ("interpreter", other.interpreter, self.interpreter),
                  ("interpreter build", other.build, self.build), ("counter", other.counter, self.counter))
                 if a != b]
        return ", ".join(parts)

    def label(self) -> str:
        return f"{self.mode}, {self.counter}, {self.interpreter}" + ("" if self.rules == "effbench" else
                                                                       f", {self.rules} rules")


@dataclass
class Run:
    """One input: a leaderboard and when and what it measured."""

    source: str
    board: dict
    when: datetime.datetime
    commit: str | None
    date: str           # the date shown (the commit's, or the run's start)
    tasks: dict         # task id -> content hash (or {"(suite)": suite hash} for an old leaderboard)

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else self.date[:10]


@dataclass
class Point:
    """One model in one run."""

    run: int            # index into History.runs
    model: str
    commit: str | None
    date: str
    machine: str
    setup: Setup
    values: dict        # "pass@1" / "eff@1" / "DPS" -> float | None
    line: int = 0       # points of one model with the same line number are joined
    broke: str = ""     # why this point starts a new line ('' when it continues one or is the first)
    verdict: str = ""   # compare's verdict of eff@1 against the previous point of the line
    change: float | None = None
    test: str = ""


@dataclass
class History:
    runs: list[Run]
    points: dict[str, list[Point]] = field(default_factory=dict)   # model -> its points in run order
    threshold: float = 0.05
    alpha: float = ALPHA

    def flagged(self) -> list[Point]:
        return [p for ps in self.points.values() for p in ps if p.verdict in ("regression", "improvement")]


def _utc(text: str | None) -> datetime.datetime | None:
    try:
        when = datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=datetime.UTC)


def _metas(board: dict) -> list[dict]:
    return [r["meta"] for r in board["meta"]["runs"]] if board["kind"] == "merged" else [board["meta"]]


def _when(meta: dict) -> tuple[datetime.datetime, str]:
    git = meta.get("git") or {}
    for text in (git.get("date"), meta.get("created")):
        when = _utc(text)
        if when is not None:
            return when, str(text)
    return datetime.datetime.min.replace(tzinfo=datetime.UTC), "?"


def load_run(path: Path) -> Run:
    board = load_board(path)
    if board["kind"] == "sections":
        raise HistoryError(f"{path}: holds {len(board['sections'])} sections of runs that could not be merged; "
                           "give the runs of one section (or one run) per point of the history")
    metas = _metas(board)
    when, date = max(_when(m) for m in metas)
    commits = {(m.get("git") or {}).get("commit") for m in metas} - {None}
    commit = commits.pop() if len(commits) == 1 else (f"{len(commits)} commits" if commits else None)
    tasks = board["meta"].get("task_hashes") or {"(suite)": board["meta"].get("suite_hash")}
    return Run(str(path), board, when, commit, date, dict(tasks))


def _task_difference(a: Run, b: Run) -> str:
    added, gone = sorted(b.tasks.keys() - a.tasks.keys()), sorted(a.tasks.keys() - b.tasks.keys())
    changed = sorted(t for t in a.tasks.keys() & b.tasks.keys() if a.tasks[t] != b.tasks[t])
    parts = [f"{label} {', '.join(ts[:3])}{' …' if len(ts) > 3 else ''}"
             for label, ts in (("added", added), ("missing", gone), ("changed", changed)) if ts]
    return "; ".join(parts)


def setup_of(meta: dict) -> Setup:
    measurement = meta.get("measurement") or {}
    runner = meta.get("runner") or {}
    interpreter = " ".join(str(x) for x in (runner.get("implementation"), runner.get("python")) if x) or "?"
    return Setup(measurement.get("mode", "?"), measurement.get("rules", "effbench"), interpreter,
                 str(runner.get("executable") or "?"), str(measurement.get("backend") or "?"))


def build(paths: list[Path], mixed_tasks: bool = False, threshold: float = 0.05, alpha: float = ALPHA) -> History:
    """Load, order and check the runs, then lay out each model's points and lines and flag significant changes."""
    if not paths:
        raise HistoryError("no runs given")
    runs = sorted((load_run(Path(p)) for p in paths), key=lambda r: (r.when, r.source))
    if not mixed_tasks:
        for run in runs[1:]:
            diff = _task_difference(runs[0], run)
            if diff:
                raise HistoryError(f"{run.source} ran other tasks than {runs[0].source} ({diff}); scores over other "
                                   "tasks are other numbers: pass --mixed-tasks to chart them anyway, each task set "
                                   "on lines of its own")
    history = History(runs, threshold=threshold, alpha=alpha)
    for i, run in enumerate(runs):
        for model, entry in sorted(run.board["models"].items()):
            meta = model_meta(run.board, model)
            git = meta.get("git") or {}
            point = Point(i, model, git.get("commit") or run.commit, _when(meta)[1], (meta.get("machine") or {})
                          .get("cpu", "?"), setup_of(meta), {name: _value(entry, key) for name, key in METRICS})
            points = history.points.setdefault(model, [])
            if points:
                _join(history, points[-1], point, runs)
            points.append(point)
    return history


def _value(entry: dict, key: str) -> float | None:
    return entry.get(key) if key == "DPS" else entry.get(key, {}).get("1")


def _join(history: History, prev: Point, point: Point, runs: list[Run]) -> None:
    """Continue *prev*'s line with *point*, or break it and say why; judge the step as ``compare`` would."""
    reasons = [point.setup.differences(prev.setup)]
    diff = _task_difference(runs[prev.run], runs[point.run])
    if diff:
        reasons.append(f"task set: {diff}")
    point.broke = "; ".join(r for r in reasons if r)
    point.line = prev.line + 1 if point.broke else prev.line
    if point.broke:
        return
    base = {"models": {point.model: runs[prev.run].board["models"][point.model]}}
    new = {"models": {point.model: runs[point.run].board["models"][point.model]}}
    rows = suite_rows(base, new, history.threshold, history.alpha, point.setup.mode == "instructions")
    if rows:
        point.verdict, point.change, point.test = rows[0].verdict, rows[0].change, rows[0].test
        if rows[0].change is None:  # compare's relative change has no base to divide by
            point.test = "eff@1 was 0 before: no relative change"
