"""``effbench history``: how each model's suite pass@1, eff@1 and DPS moved over a series of runs, as asv and
github-action-benchmark show a benchmark commit by commit (rendering: :mod:`effbench.report_history`).

The inputs are run directories or leaderboard files, one per point in time.  They are put in order by the commit
each run measured (``meta.git.date``, recorded since this module exists) and else by the time the run started
(``meta.created``), whatever order they were given in: a CI job that downloads old artifacts does not know it.

What is refused, in one line, before anything is drawn: a file that is no leaderboard, a board with separate
sections (runs that could not be merged are not one point), and runs over different task sets (an eff@1 over
other tasks is another number) unless ``mixed_tasks`` says to chart them anyway.

A line joins only points measured alike: the same measurement mode, rules, alpha and estimator, interpreter build and
counter or clock, over the same tasks: those the run ran and, of them, those the model has an eff@k on.
Where one of those changes the model's line breaks and the first point of the new line says what changed, because
a count from another interpreter or a time from another clock is no step of the code.  A run that scored fewer tasks
(interrupted before a task's expert was measured, a task whose expert failed) is not refused as another task set
is: it is the same suite, and the tasks it could not score are what its note says.  But its suite means are over
other tasks, so its points start new lines naming the tasks missing; the values shown stay the leaderboard's own
suite means (what every other report of that run shows), and no change is computed across a break, so a change
never disagrees with the values beside it (``compare`` would judge the shared tasks only).  Between two consecutive
points of one line the change of eff@1 is judged as ``effbench compare`` judges it (:func:`effbench.compare.
suite_rows`: beyond the threshold and significant by a bootstrap over tasks, or deterministic in instructions
mode), and a point that ``compare`` would call a regression or an improvement is flagged.

Every run re-measures the expert, so each task's expert cost (``meta.expert_cost``) is charted too: a step in a
model's eff@1 that comes with a step in the experts' costs is the machine or the interpreter, not the model.  An
expert's line breaks where the setup changes, where the task's content changes, and, in the time modes, where the
machine changes (a count of instructions does not depend on the machine); each step along a line is the relative
change of the cost, and a step beyond the threshold is marked as a move.
"""
from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from effbench.reports.compare import ALPHA, suite_rows
from effbench.errors import EffbenchError
from effbench.reports.board import load_board, model_meta, rules_in, run_metas
from effbench.reports.comparable import eff_scale
from effbench.reports.source import lead_k, scored_ks


class HistoryError(EffbenchError):
    """Inputs that cannot make one history."""


SUITE_ONLY = "(suite)"  # the task set of a leaderboard that has no per-task hashes (schema 2): its suite hash


@dataclass(frozen=True)
class Setup:
    """What a number depends on besides the code: runs that differ here are not joined by a line."""

    mode: str
    rules: str
    interpreter: str    # implementation and version
    build: str          # the interpreter binary: another build of one version counts differently
    counter: str
    scale: tuple[tuple[str, str], ...] = ()  # what an eff@k means (comparable.eff_scale: alpha, estimator)

    def differences(self, other: Setup) -> str:
        """'counter callgrind -> perf', ... : what changed from *other* to this one."""
        parts = [f"{name} {a} → {b}" for name, a, b in
                 (("mode", other.mode, self.mode), ("rules", other.rules, self.rules),
                  ("interpreter", other.interpreter, self.interpreter),
                  ("interpreter build", other.build, self.build), ("counter", other.counter, self.counter),
                  *((name, a, b) for (name, a), (_, b) in zip(other.scale, self.scale)))
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
    tasks: dict         # task id -> content hash (or {SUITE_ONLY: suite hash} for an old leaderboard)

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else self.date[:10]

    @property
    def notes(self) -> list[str]:
        """What the run left unscored, said beside its name: the tasks it could not score (and why) and the samples
        not fully measured (an interrupted run), which its suite scores leave out."""
        notes = [f"{task} not scored: {why}" for task, why in sorted(self.board["unscorable_tasks"].items())]
        incomplete = sum(m.get("n_incomplete", 0) for m in self.board["models"].values())
        return notes + ([f"{incomplete} sample(s) not fully measured"] if incomplete else [])


@dataclass
class Point:
    """One model in one run."""

    run: int            # index into History.runs
    model: str
    commit: str | None
    date: str
    machine: str
    setup: Setup
    values: dict        # History.metrics' names ("pass@1", "eff@1", "DPS") -> float | None
    scored: frozenset[str] = frozenset()  # the tasks its suite eff@k is the mean over
    line: int = 0       # points of one model with the same line number are joined
    broke: str = ""     # why this point starts a new line ('' when it continues one or is the first)
    verdict: str = ""   # compare's verdict of eff@k (History.k) against the previous point of the line
    change: float | None = None
    test: str = ""


@dataclass
class ExpertPoint:
    """One task's expert cost in one run."""

    run: int
    task: str
    cost: float         # in the run's measurement mode (seconds or instructions)
    setup: Setup
    machine: str
    line: int = 0
    broke: str = ""     # why this point starts a new line
    change: float | None = None   # relative to the previous point of its line
    relative: float = 1.0         # the cost over the task's first cost measured in the same mode

    def moved(self, threshold: float) -> bool:
        return self.change is not None and abs(self.change) > threshold


@dataclass
class History:
    runs: list[Run]
    points: dict[str, list[Point]] = field(default_factory=dict)   # model -> its points in run order
    threshold: float = 0.05
    alpha: float = ALPHA
    experts: dict[str, list[ExpertPoint]] = field(default_factory=dict)  # task -> its expert's points in run order
    k: str = "1"        # the k of pass@k and eff@k every run shows (source.lead_k)

    @property
    def eff(self) -> str:
        """The name of the suite metric whose changes are judged: "eff@1", or "eff@5" for runs made with --k 5."""
        return f"eff@{self.k}"

    @property
    def metrics(self) -> tuple[tuple[str, str], ...]:
        """(name, leaderboard key) of each suite score charted."""
        return (f"pass@{self.k}", "pass@k"), (self.eff, "eff@k"), ("DPS", "DPS")

    def flagged(self) -> list[Point]:
        return [p for ps in self.points.values() for p in ps if p.verdict in ("regression", "improvement")]

    def expert_shift(self, run: int) -> tuple[float | None, int, int]:
        """The experts' costs in *run* against the run before: the median relative change over the tasks whose
        line continues, how many of those moved beyond the threshold, and how many there are."""
        steps = [p.change for ps in self.experts.values() for p in ps if p.run == run and p.change is not None]
        moved = sum(abs(c) > self.threshold for c in steps)
        return (statistics.median(steps) if steps else None), moved, len(steps)


def _utc(text: str | None) -> datetime.datetime | None:
    try:
        when = datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=datetime.UTC)


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
    metas = run_metas(board)
    when, date = max(_when(m) for m in metas)
    commits = {(m.get("git") or {}).get("commit") for m in metas} - {None}
    commit = commits.pop() if len(commits) == 1 else (f"{len(commits)} commits" if commits else None)
    tasks = board["meta"].get("task_hashes") or {SUITE_ONLY: board["meta"].get("suite_hash")}
    return Run(str(path), board, when, commit, date, dict(tasks))


def _task_difference(a: Run, b: Run) -> str:
    if a.tasks == b.tasks:
        return ""
    old = next((run for run in (a, b) if SUITE_ONLY in run.tasks), None)
    if old is not None:  # its task ids are not known: "missing (suite)" was all it said
        return f"{old.source} names no tasks, only its suite's hash {old.tasks[SUITE_ONLY]} (an older leaderboard)"
    changed = sorted(t for t in a.tasks.keys() & b.tasks.keys() if a.tasks[t] != b.tasks[t])
    return _listed(b.tasks.keys() - a.tasks.keys(), a.tasks.keys() - b.tasks.keys(), changed)


def _listed(added, gone, changed=(), why: dict | None = None) -> str:
    """'added t9; missing t1, t2 (unscorable in this run)': the tasks of each kind (three named at most); *why*
    says of a missing task that its run could not score it."""
    def names(ts) -> str:
        ts = sorted(ts)
        unscorable = " (unscorable in this run)" if why and any(t in why for t in ts) else ""
        return f"{', '.join(ts[:3])}{' …' if len(ts) > 3 else ''}{unscorable}"
    return "; ".join(f"{label} {names(ts)}" for label, ts in (("added", added), ("missing", gone),
                                                               ("changed", changed)) if ts)


def setup_of(meta: dict) -> Setup:
    measurement = meta.get("measurement") or {}
    runner = meta.get("runner") or {}
    interpreter = " ".join(str(x) for x in (runner.get("implementation"), runner.get("python")) if x) or "?"
    scale = tuple((name, f"{value:g}" if isinstance(value, float) else str(value))
                  for name, value in eff_scale(meta).items())
    return Setup(measurement.get("mode", "?"), rules_in(measurement), interpreter,
                 str(runner.get("executable") or "?"), str(measurement.get("backend") or "?"), scale)


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
    k = lead_k(*(run.board for run in runs))
    if k is None and any(lead_k(run.board) for run in runs):
        raise HistoryError("the runs share no k at which all have an eff@k (" + "; ".join(
            f"{run.source}: k = {', '.join(scored_ks(run.board)) or 'none'}" for run in runs) + "): an eff@1 and an "
            "eff@5 are other numbers; give runs made with a common --k")
    history = History(runs, threshold=threshold, alpha=alpha, k=k or "1")
    for i, run in enumerate(runs):
        for model, entry in sorted(run.board["models"].items()):
            meta = model_meta(run.board, model)
            git = meta.get("git") or {}
            values = {name: _value(entry, key, history.k) for name, key in history.metrics}
            scored = frozenset(t for t, e in entry["tasks"].items() if e["eff@k"].get(history.k) is not None)
            point = Point(i, model, git.get("commit") or run.commit, _when(meta)[1], (meta.get("machine") or {})
                          .get("cpu", "?"), setup_of(meta), values, scored)
            points = history.points.setdefault(model, [])
            if points:
                _join(history, points[-1], point, runs)
            points.append(point)
        for task, (cost, meta) in sorted(expert_costs(run.board).items()):
            expert = ExpertPoint(i, task, cost, setup_of(meta), (meta.get("machine") or {}).get("cpu", "?"))
            series = history.experts.setdefault(task, [])
            if series:
                _join_expert(series, expert, runs)
            series.append(expert)
    return history


def expert_costs(board: dict) -> dict[str, tuple[float, dict]]:
    """Task id -> (the expert's cost, the metadata of the run that measured it); of a merged board, the first
    run holding the task (runs older than the figure have none)."""
    out: dict[str, tuple[float, dict]] = {}
    for meta in run_metas(board):
        for task, cost in (meta.get("expert_cost") or {}).items():
            out.setdefault(task, (float(cost), meta))
    return out


def _join_expert(series: list[ExpertPoint], point: ExpertPoint, runs: list[Run]) -> None:
    """Continue the task's expert line with *point*, or break it and say why (see the module's docstring)."""
    prev = series[-1]
    reasons = [point.setup.differences(prev.setup)]
    if point.setup.mode != "instructions" and point.machine != prev.machine:
        reasons.append(f"machine {prev.machine} → {point.machine}")
    if runs[prev.run].tasks.get(point.task) != runs[point.run].tasks.get(point.task):
        reasons.append("task content changed")
    point.broke = "; ".join(r for r in reasons if r)
    point.line = prev.line + 1 if point.broke else prev.line
    if not point.broke and prev.cost > 0:
        point.change = point.cost / prev.cost - 1
    first = next(p.cost for p in [*series, point] if p.setup.mode == point.setup.mode)
    point.relative = point.cost / first if first > 0 else 1.0


def _value(entry: dict, key: str, k: str) -> float | None:
    return entry.get(key) if key == "DPS" else entry.get(key, {}).get(k)


def _join(history: History, prev: Point, point: Point, runs: list[Run]) -> None:
    """Continue *prev*'s line with *point*, or break it and say why; judge the step as ``compare`` would."""
    reasons = [point.setup.differences(prev.setup)]
    diff = _task_difference(runs[prev.run], runs[point.run])
    if diff:
        reasons.append(f"task set: {diff}")
    elif prev.scored != point.scored:  # one suite, but the means are over other tasks (module docstring)
        reasons.append("scored tasks: " + _listed(point.scored - prev.scored, prev.scored - point.scored,
                                                  why=runs[point.run].board["unscorable_tasks"]))
    point.broke = "; ".join(r for r in reasons if r)
    point.line = prev.line + 1 if point.broke else prev.line
    if point.broke:
        return
    base = {"models": {point.model: runs[prev.run].board["models"][point.model]}}
    new = {"models": {point.model: runs[point.run].board["models"][point.model]}}
    rows = suite_rows(base, new, history.threshold, history.alpha, point.setup.mode == "instructions", k=history.k)
    if rows:
        point.verdict, point.change, point.test = rows[0].verdict, rows[0].change, rows[0].test
