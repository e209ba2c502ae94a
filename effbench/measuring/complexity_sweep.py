"""Size sweeps: one subject (reference or sample) run on the task's generator at growing sizes, cost per size.

Why this shape: the class of an algorithm shows in how its cost grows, so each subject walks one ladder of geometric
sizes per task (from the top level's size down by ``SPAN``, ratio ``RATIO``), smallest first, and stops growing once
a run costs more than a budget (instructions, in instructions mode; wall seconds in cpu mode: a quadratic reference
must not spend minutes under callgrind
where the expert spends a second) or is killed at ``run_timeout``.  A subject that stops before ``min_points`` sizes
gets the geometric midpoints of the sizes it did, until it has them: a slow subject still gets a fittable sweep.

Every output is checked against the expert's on the same input (the expert is swept first and its answers kept; a
midpoint the expert did not run is run for it then), so a sample that is fast because it is wrong has no class.  What
a sample does is hostile: any failure is that sample's sweep's failure, with the reason, never an exception here.

Instructions mode (the default) counts with the worker's counter and is deterministic: the same task, seed and code
give the same sizes and counts, so the same classes.  CPU mode takes the minimum of ``repeats`` runs and is labelled
as such wherever its classes are shown.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace
from collections.abc import Callable

from effbench.tasks.checkers import CheckerError, make_checker
from effbench.errors import TaskError
from effbench.tasks.input_process import INPUT_PROCESS
from effbench.tasks.inputs import derive_seed
from effbench.measuring.rules import EFFBENCH, rules_for
from effbench.sandbox import base
from effbench.scoring.complexity import FIXED_FACTOR
from effbench.scoring.complexity_parts import MAX_KEPT_PARTS, PART_SHARE
from effbench.tasks.task import Task

SWEEP_LEVEL = -2       # the level number in derived seeds: sweep inputs are not any level's
EXTEND_TOLERANCE = 0.005  # an earlier sweep is continued only if its top size re-measures within this (relative)
SPAN = 4096            # the ladder's smallest size is the top level's size divided by this (at least MIN_SIZE)
RATIO = 2.0
MIN_SIZE = 4


@dataclass(frozen=True)
class SweepPlan:
    """How far and how long a sweep goes; part of its identity (a different plan gives other sizes)."""

    measure: str = "instructions"   # "instructions" | "cpu"
    min_points: int = 8
    budget: float = 2.0              # cpu mode: seconds of wall time of one run after which the ladder stops
    count_budget: float = 1.5e8      # instructions mode: the same in instructions (about 2 s under callgrind)
    run_timeout: float = 10.0        # a run is killed here (its size is dropped and the ladder stops)
    repeats: int = 3                 # cpu mode: minimum of this many runs per size
    replicates: int = 2              # more inputs at one size, to measure how the cost moves between inputs
    seed: int = 998244353
    common_inputs: bool = True       # one generator seed for every size (common random numbers), see input_seed

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SweepPoint:
    size: int
    cost: float        # instructions, or CPU seconds (the minimum over repeats)
    wall: float
    peak_kb: int | None = None
    base_kb: int | None = None
    # instructions mode: the count's largest parts by function (see scoring.complexity_parts); the rest of the count
    # is cost minus their sum.  Kept for the functions that hold PART_SHARE of the sweep's largest size.
    parts: dict[str, int] | None = None


@dataclass
class SubjectSweep:
    task: str
    subject: str                     # "ref:<name>" or a sample's key
    points: list[SweepPoint] = field(default_factory=list)
    failure: str = ""                # why the sweep has no class (wrong answer, crash...), empty when fine
    stopped: str = ""                # why the ladder stopped growing (budget, timeout, top)
    replicates: dict = field(default_factory=dict)  # {"size", "costs"}: other inputs of one size (the noise)
    extended: dict = field(default_factory=dict)    # continued from an earlier document: see TaskSweeper.extend

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> SubjectSweep:
        """A sweep as a document holds it; ValueError (or KeyError, TypeError) where it is not one."""
        points = [SweepPoint(**p) for p in d.get("points", [])]
        for p in points:
            if type(p.size) is not int or p.size < 1 or not isinstance(p.cost, (int, float)) \
                    or not math.isfinite(p.cost) or p.cost < 0:
                raise ValueError(f"{d['task']} {d['subject']}: a size of {p.size!r} costing {p.cost!r}")
            if p.parts is not None and not (isinstance(p.parts, dict) and all(
                    isinstance(k, str) and type(v) is int and v >= 0 for k, v in p.parts.items())
                    and sum(p.parts.values()) <= p.cost):
                raise ValueError(f"{d['task']} {d['subject']}: size {p.size}'s parts are not counts within its cost")
        return cls(str(d["task"]), str(d["subject"]), points, str(d.get("failure", "")), str(d.get("stopped", "")),
                   dict(d.get("replicates") or {}), dict(d.get("extended") or {}))


def keep_parts(points: list[SweepPoint]) -> list[SweepPoint]:
    """*points* with only the parts the fit uses: the functions holding at least PART_SHARE of the count at the
    largest size, at most MAX_KEPT_PARTS of them (a sweep keeps a dozen sizes, and a document hundreds of sweeps)."""
    top = points[-1].parts if points else None
    if top is None:
        return points
    cost = points[-1].cost
    names = sorted((n for n, c in top.items() if c >= PART_SHARE * cost), key=lambda n: (-top[n], n))
    keep = set(names[:MAX_KEPT_PARTS])
    return [replace(p, parts=None if p.parts is None else {n: c for n, c in p.parts.items() if n in keep})
            for p in points]


def ladder(task: Task) -> list[int]:
    """The task's sizes, smallest first: geometric (ratio RATIO) from top/SPAN up to the top level's size."""
    top = max(int(task.levels.sizes[-1]), MIN_SIZE)
    low = max(MIN_SIZE, top // SPAN)
    steps = max(1, math.ceil(math.log(top / low) / math.log(RATIO)))
    sizes = sorted({max(MIN_SIZE, round(low * (top / low) ** (i / steps))) for i in range(steps + 1)})
    return sizes


def lower(first: int) -> list[int]:
    """The ladder below *first*, for a subject too slow to run it (killed there, or over budget at once): geometric
    from first/SPAN (at least MIN_SIZE) up to first/RATIO.  A reference linear in a value (divisor-count-sum's
    n up to 3e11, whose ladder starts at 7e7) otherwise got no size at all, where a few halvings find its range."""
    top = max(MIN_SIZE, round(first / RATIO))
    low = max(MIN_SIZE, first // SPAN)
    steps = max(1, math.ceil(math.log(max(top, low + 1) / low) / math.log(RATIO)))
    return sorted({max(MIN_SIZE, min(top, round(low * (top / low) ** (i / steps)))) for i in range(steps + 1)})


def growth_sizes(points: list[SweepPoint]) -> list[int]:
    """The sizes the fit will use (scoring.complexity.fitted_part): from the last size below FIXED_FACTOR times the
    smallest cost on; midpoints go there, where the growth shows, not among sizes the fixed part dominates."""
    if not points:
        return []
    low = min(p.cost for p in points)
    first = next((i for i, p in enumerate(points) if p.cost >= FIXED_FACTOR * low), len(points))
    return [p.size for p in points[max(0, first - 1):]]


def midpoints(sizes: list[int], wanted: int) -> list[int]:
    """Sizes to add (geometric midpoints of neighbours, largest gaps first) until there are *wanted*; fewer if the
    integers between them run out."""
    have = sorted(set(sizes))
    added: list[int] = []
    while len(have) + len(added) < wanted:
        pool = sorted(set(have) | set(added))
        gaps = sorted(((b / a, a, b) for a, b in zip(pool, pool[1:]) if b - a > 1), reverse=True)
        if not gaps:
            break
        _, a, b = gaps[0]
        mid = min(max(round(math.sqrt(a * b)), a + 1), b - 1)
        added.append(mid)
    return sorted(added)


class TaskSweeper:
    """Sweeps the subjects of one task on one runner (a counting one in instructions mode)."""

    def __init__(self, task: Task, runner: base.Sandbox | None, plan: SweepPlan,
                 on_run: Callable[[str, int], None] | None = None):
        if task.origin:
            raise TaskError(f"task {task.id}: imported from {task.origin}, whose generator takes the origin's level "
                            "numbers, not sizes: it cannot be swept")
        self.task, self.runner, self.plan = task, runner, plan
        self.on_run = on_run or (lambda subject, size: None)
        self.checker = make_checker(task)
        self.rules = rules_for(EFFBENCH)
        self.sizes = ladder(task)
        self._inputs: dict[tuple[int, int], bytes] = {}
        self._sent: set[str] = set()
        self.expected: dict[tuple[int, int], object] = {}

    # -------------------------------------------------------------- inputs
    def blob(self, size: int, rep: int = 0) -> bytes:
        """The argument list at *size* (marshal bytes; *rep* > 0: another input of that size, for the noise), made
        once; a generator that raises is the task's error."""
        if (size, rep) not in self._inputs:
            where = f"{self.task.path / 'generator.py'} (sweep size {size}{f', input {rep}' if rep else ''})"
            self._inputs[(size, rep)] = INPUT_PROCESS.generate(self.task, where, size, self.input_seed(size, rep), 0)
        return self._inputs[(size, rep)]

    def input_seed(self, size: int, rep: int = 0) -> int:
        """The generator's seed for the input at *size*.  With ``plan.common_inputs`` (the default) every size of
        one input series (*rep*) gets the same seed: common random numbers, as simulation studies use to compare
        settings.  A generator draws its shape first (a window of size/100 to size/10, a cache of size/50 to
        size/10, a bit width, a tree's reach), and a sweep that drew a new shape at each size would move the cost
        by up to that factor from one size to the next, which the fit then reads as growth; from one seed,
        ``random.Random`` draws the same choices and about the same quantiles at every size, so the sizes differ
        in size alone.  The replicates (*rep* > 0) are other series, so the noise they measure is between shapes."""
        return derive_seed(self.plan.seed, self.task.id, SWEEP_LEVEL - rep, 0 if self.plan.common_inputs else size)

    def prepare(self) -> None:
        """Make every ladder input now: a broken generator stops the command before anything is measured."""
        for size in self.sizes:
            self.blob(size)

    def input_key(self, size: int, rep: int = 0) -> str:
        key = f"{self.task.id}-sweep-{self.plan.seed}-{size}-{rep}"
        if key not in self._sent:
            assert self.runner is not None, "a sweep needs a sandbox"
            self.runner.put_input(key, self.blob(size, rep))
            self._sent.add(key)
        return key

    # -------------------------------------------------------------- runs
    def _measure(self, subject: str, code: str, size: int, rep: int = 0) -> tuple[SweepPoint | None, str, object]:
        """One size: (point, problem, output); problem is "" when the run is fine, else its status and detail."""
        key = self.input_key(size, rep)
        limits = base.Limits.for_wall(self.plan.run_timeout, self.task.memory_mb)
        best = None
        output = None
        assert self.runner is not None, "a sweep needs a sandbox"
        for _ in range(1 if self.plan.measure == "instructions" else self.plan.repeats):
            self.on_run(subject, size)
            ex = self.runner.execute(self.rules.program(code), self.task.entry_point, [key], limits)
            where = at(size, rep)
            if ex.status != base.OK:
                first = ex.detail.splitlines()[0] if ex.detail else ""
                return None, f"{ex.status} at {where}: {first}", None
            cost = ex.cost(self.plan.measure)
            if cost is None:
                return None, f"no {self.plan.measure} measured at {where}", None
            point = SweepPoint(size, float(cost), float(ex.wall_time or 0.0), ex.peak_kb, ex.base_kb,
                               ex.parts if self.plan.measure == "instructions" else None)
            best = point if best is None or point.cost < best.cost else best
            output = ex.outputs[0] if ex.outputs else None
        return best, "", output

    def _expected(self, size: int, rep: int = 0):
        if (size, rep) not in self.expected:
            expert = self.task.expert
            point, problem, output = self._measure(f"ref:{expert.name}", expert.code, size, rep)
            if problem:
                raise TaskError(f"task {self.task.id}: expert reference {expert.name!r} {problem}")
            self.expected[(size, rep)] = output
        return self.expected[(size, rep)]

    def _right(self, size: int, output, rep: int = 0) -> str:
        expected = self._expected(size, rep)
        args = marshal_args(self._inputs[(size, rep)]) if self.task.checker == "custom" else None
        where = at(size, rep)
        try:
            ok = self.checker(args, output, expected)
        except CheckerError as exc:
            return f"wrong answer at {where}: {exc}"
        return "" if ok else f"wrong answer at {where}"

    def _over_budget(self, points: list[SweepPoint], size: int, sizes: list[int] | None = None) -> str:
        """Why the ladder stops after *size*, or "".  In instructions mode the rule reads counts only, so two sweeps
        stop at the same size: over ``count_budget``, or the next size foreseen (at the growth rate of the last two
        sizes) to cost more than 8 times that, which would only be killed at the timeout, at a load-dependent
        moment.  In cpu mode it reads the wall time."""
        last = points[-1]
        if self.plan.measure != "instructions":
            return f"budget: {last.wall:.1f} s at size {size}" if last.wall > self.plan.budget else ""
        if last.cost > self.plan.count_budget:
            return f"budget: {last.cost:.3g} instructions at size {size}"
        later = [s for s in (sizes or self.sizes) if s > size]  # the ladder being climbed (maybe lowered)
        if len(points) >= 2 and later and points[-2].cost > 0 and last.cost > points[-2].cost:
            rate = math.log(last.cost / points[-2].cost) / math.log(size / points[-2].size)
            foreseen = last.cost * (later[0] / size) ** rate
            if foreseen > 8 * self.plan.count_budget:
                return f"budget: size {later[0]} foreseen at {foreseen:.3g} instructions"
        return ""

    def sweep(self, subject: str, code: str, is_expert: bool = False) -> SubjectSweep:
        """Walk the ladder (lowered while its first size is out of reach, see :func:`lower`), then fill midpoints if
        too few sizes were reached."""
        result = SubjectSweep(self.task.id, subject)
        sizes = self.sizes
        while True:
            self._climb(result, subject, code, sizes, is_expert)
            first_failed = not result.points and base.killed_at_limit(result.stopped)
            out_of_reach = first_failed or (len(result.points) == 1 and result.stopped.startswith("budget"))
            if result.failure or not out_of_reach or sizes[0] <= MIN_SIZE:
                break
            sizes = lower(sizes[0])
            result.points, result.stopped = [], ""
        self._fill(result, subject, code, is_expert)
        if not result.failure:
            self.replicate(result, subject, code, is_expert)
        result.points = keep_parts(result.points)
        return result

    def extend(self, prior: SubjectSweep, subject: str, code: str, is_expert: bool = False) -> SubjectSweep | None:
        """Continue *prior* (this subject's sweep in an earlier document of the same plan, but a smaller count
        budget) up the ladder from its largest size, keeping its points and replicates; None when it cannot be
        continued, and the subject is then swept afresh.

        Why this may be done: in instructions mode a size's count depends only on the code, the input (one seed
        for every size) and the interpreter, so the earlier points are what a new sweep would measure.  That is
        checked, not assumed: the earlier top size is measured again and must come within EXTEND_TOLERANCE (the
        fit's resolution) of its stored count; a changed reference, generator or runner fails it."""
        if self.plan.measure != "instructions" or prior.failure or not prior.points:
            return None
        top = max(prior.points, key=lambda p: p.size)
        point, problem, output = self._measure(subject, code, top.size)
        if point is None:
            return None
        drift = point.cost / top.cost - 1 if top.cost > 0 else math.inf
        if abs(drift) > EXTEND_TOLERANCE:
            return None
        if is_expert:
            self.expected.setdefault((top.size, 0), output)
        result = SubjectSweep(self.task.id, subject, sorted(prior.points, key=lambda p: p.size), "", prior.stopped,
                              dict(prior.replicates))
        result.extended = {"from_points": len(prior.points), "from_stopped": prior.stopped, "top": top.size,
                           "top_drift": drift}
        stop = self._over_budget(result.points, top.size)
        if prior.stopped.startswith("budget") and not stop:
            self._climb(result, subject, code, [s for s in self.sizes if s > top.size], is_expert)
        self._fill(result, subject, code, is_expert)
        result.points = keep_parts(result.points)
        return result

    def _fill(self, result: SubjectSweep, subject: str, code: str, is_expert: bool) -> None:
        """Midpoints where the growth shows until the sweep has ``plan.min_points`` sizes; its points sorted.  None
        for a sweep that has failed: it has no class to fit, and its first failure is the one it reports."""
        if result.failure:
            return
        for size in midpoints(growth_sizes(result.points), self.plan.min_points):
            point, problem, output = self._measure(subject, code, size)
            if point is None:
                if base.killed_at_limit(problem):
                    continue  # killed below a size that ran fine: the machine's hiccup; the size is left out
                result.failure = problem  # what the code did (raised, crashed, exited): the sweep's failure
                return
            wrong = "" if is_expert else self._right(size, output)
            if wrong:
                result.failure = wrong
                return
            result.points.append(point)
        result.points.sort(key=lambda p: p.size)

    def _climb(self, result: SubjectSweep, subject: str, code: str, sizes: list[int], is_expert: bool) -> None:
        """Measure *sizes* smallest first into *result* until one is killed or over budget (``result.stopped``) or
        wrong (``result.failure``)."""
        for size in sizes:
            point, problem, output = self._measure(subject, code, size)
            if point is None:
                if base.killed_at_limit(problem):
                    result.stopped = problem
                    return
                result.failure = problem
                return
            if is_expert:
                self.expected.setdefault((size, 0), output)
            wrong = "" if is_expert else self._right(size, output)
            if wrong:
                result.failure = wrong
                return
            result.points.append(point)
            stop = self._over_budget(result.points, size, sizes)
            if stop:
                result.stopped = stop
                return
        result.stopped = "top of the ladder"

    def replicate(self, result: SubjectSweep, subject: str, code: str, is_expert: bool = False) -> None:
        """The subject's cost on ``plan.replicates`` more inputs at one size of its growth region (the middle one):
        how much a cost moves from one input to the next, which the fit must not take for a class."""
        sizes = growth_sizes(result.points)
        if result.failure or not sizes or self.plan.replicates < 1:
            return
        size = sizes[len(sizes) // 2]
        costs = [next(p.cost for p in result.points if p.size == size)]
        for rep in range(1, self.plan.replicates + 1):
            point, problem, output = self._measure(subject, code, size, rep)
            if point is None:
                if not base.killed_at_limit(problem):  # the code failed on this input: the sweep's failure, as ever
                    result.failure = problem
                return  # a replicate killed over a limit says nothing about the noise; the sweep keeps its points
            if is_expert:
                self.expected.setdefault((size, rep), output)
            else:
                result.failure = self._right(size, output, rep)
                if result.failure:
                    return
            costs.append(point.cost)
        result.replicates = {"size": size, "costs": costs}


def at(size: int, rep: int = 0) -> str:
    """Where a run of a sweep was, in its failure's text: the size, and which other input of it (a replicate)."""
    return f"size {size} (input {rep})" if rep else f"size {size}"


def marshal_args(blob: bytes):
    import marshal
    return marshal.loads(blob)
