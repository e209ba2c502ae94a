"""``effbench tasks validate``: prove a task by machine instead of trusting its author.

Checks, in order: the manifest (already enforced by loading), at least three reference tiers, generator determinism,
every reference and every DPE pool member (``pool/*.py``) agreeing with the expert on the hand cases and on generated
inputs (run in the real sandbox), the checker accepting the expert's output and rejecting a perturbed one, and --
unless ``fast`` -- the tiers' CPU cost (min of repeats on the top level) falling in their declared order, with the
margins printed.
"""
from __future__ import annotations

import math
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from effbench.tasks.checker_process import CheckerError
from effbench.tasks.checkers import make_checker, perturb, show
from effbench.tasks.dpe_tier_file import load_dpe_tier_file
from effbench.errors import EffbenchError, ValidationError
from effbench.measuring.records import OVER_LIMIT
from effbench.tasks.inputs import InputCache, TestInput
from effbench.sandbox import base, make_sandbox
from effbench.tasks.task import Task
from effbench.tasks.signature import signature_problem
from effbench.tasks.tier_costs import MIN_CUT_OFF, SLOW_CAP, ReferenceCost, describe_tier_order

MIN_TIERS = 3
TIMING_REPEATS = 3
FAST_LEVELS = 2          # levels checked in fast mode (0 and 1)
# The cut-off is CPU time, as the tiers' costs are.  It was wall time: on a busy machine a tier's wall time runs
# several times its CPU time, and tiers cut off by it were reported out of order or not compared at a level
# (2026-12-04, load 7 to 11).  The wall limit stays, this many times the cut-off, to stop a run that hangs.
CUT_OFF_WALL_FACTOR = 10.0


@dataclass(frozen=True)
class TaskValidation:
    """What validating one task established: the one-line summary, and (unless fast) the tiers' top-level CPU costs,
    slowest first, the expert last -- the figures the suite's catalogue and closing notes quote."""

    summary: str
    costs: tuple[ReferenceCost, ...] = ()


def _run_ok(runner, task: Task, code: str, keys: list[str], wall: float) -> base.Execution:
    limits = base.Limits.for_wall(wall, task.memory_mb)
    return runner.execute(code, task.entry_point, keys, limits)


def _run_cut_off(runner, task: Task, code: str, keys: list[str], cap: float) -> base.Execution:
    """One run of a tier on *keys* (one input, or several in one child), cut off at *cap* seconds of CPU: a
    timeout if it used more (the CPU rlimit kills it a little after *cap*; a run that ends past *cap* but before the
    kill counts as cut off too)."""
    limits = base.Limits(wall_limit=cap * CUT_OFF_WALL_FACTOR, cpu_limit=math.ceil(cap), memory_mb=task.memory_mb)
    ex = runner.execute(code, task.entry_point, keys, limits)
    if ex.status == base.OK and ex.cpu_time is not None and ex.cpu_time > cap:
        return base.Execution(base.TIMEOUT, cpu_time=ex.cpu_time, wall_time=ex.wall_time,
                              detail=f"used {ex.cpu_time:.2f} s of CPU, past the cut-off of {cap:.2f} s")
    return ex


def _detail(ex: base.Execution) -> str:
    """The first line of what a run said (a runtime error's traceback follows it): a FAIL line is one line."""
    lines = ex.detail.strip().splitlines()
    return lines[0][:200] if lines else ""


def _checker_args(task: Task, inp: TestInput) -> list | None:
    """The arguments given to the checker with an output on *inp*: a custom checker may judge by them; the exact
    and float checkers do not read them, so the input is not decoded for those."""
    return inp.args() if task.checker == "custom" else None


def _outputs(ex: base.Execution) -> list:
    """The outputs of a run that ended ok (the sandbox always returns them then)."""
    assert ex.outputs is not None, ex.status
    return ex.outputs


# ---------------------------------------------------------------- the checks, one function each
# ``validate_task`` runs them in order; the pytest plugin (effbench.pytest_plugin) makes each one a test item.
def checked_levels(task: Task, fast: bool) -> range:
    return range(min(FAST_LEVELS, len(task.levels))) if fast else range(len(task.levels))


def check_manifest(task: Task) -> None:
    """What a loaded task's files must be before anything runs: enough reference tiers, a tiers.json that reads
    (one that does not stops every run of the task), and a signature its references take (:mod:`.signature`).  One
    home for them, for `tasks validate` and the pytest plugin's ``manifest`` item, which checked the count alone and
    passed a tier file every run refuses."""
    min_tiers = 1 if task.origin else MIN_TIERS  # imported tasks have what their origin has (ENAMEL: one)
    if len(task.references) < min_tiers:
        raise ValidationError(f"needs at least {min_tiers} reference tiers, has {len(task.references)}")
    load_dpe_tier_file(task)
    problem = None if task.origin else signature_problem(task)  # an imported prompt is its origin's own
    if problem:
        raise ValidationError(problem)


def check_generator(task: Task, levels: range, seed: int) -> None:
    """The same seed must give the same inputs: generated twice, uncached.  Both times in the input process, under
    effbench's fixed string-hash seed as in every run (:mod:`effbench.hash_seed`): a generator drawing in
    string-hash order makes the same inputs in every run, so a second pass under another seed is not asked for."""
    fresh = InputCache(enabled=False)
    for level in levels:
        first = [i.blob for i in fresh.level_inputs(task, level, seed)]
        second = [i.blob for i in fresh.level_inputs(task, level, seed)]
        if first != second:
            raise ValidationError(f"generator is not deterministic at level {level}")


@dataclass
class Baseline:
    """What the expert established on a task's inputs; every other check compares against it."""

    cases: list
    case_inputs: list
    level_inputs: dict          # level -> [TestInput]
    case_expected: list
    expected: dict              # (level, test) -> the expert's output
    expert_time: dict           # (level, test) -> the expert's CPU seconds

    def load_into(self, runner) -> None:
        """Make the task's inputs the runner's (a runner holds one task's inputs at a time)."""
        runner.drop_inputs()
        for inp in self.case_inputs + [i for lv in self.level_inputs.values() for i in lv]:
            runner.put_input(inp.key, inp.blob)


def run_expert(task: Task, runner, cache: InputCache, levels: range, seed: int) -> Baseline:
    """Run the expert on the hand cases (which it must agree with) and on every generated input of *levels*,
    then once more on each (:func:`check_expert_repeats`)."""
    checker = make_checker(task)
    cases = task.cases()
    case_inputs = cache.case_inputs(task)
    level_inputs = {lvl: cache.level_inputs(task, lvl, seed) for lvl in levels}
    baseline = Baseline(cases, case_inputs, level_inputs, [], {}, {})
    baseline.load_into(runner)
    expert = task.expert
    ex = _run_ok(runner, task, expert.code, [i.key for i in case_inputs], 60)
    if ex.status != base.OK:
        raise ValidationError(f"expert {ex.status} on hand cases: {_detail(ex)}")
    for i, (case, out) in enumerate(zip(cases, _outputs(ex))):
        if "expected" in case and not _judge(checker, f"hand case {i}", case["args"], out, case["expected"]):
            raise ValidationError(f"expert disagrees with hand case {i}: case says {show(case['expected'], 80)}, "
                                  f"expert gave {show(out, 80)}")
        baseline.case_expected.append(case.get("expected", out))
    for lvl, inputs in level_inputs.items():
        for inp in inputs:
            ex = _run_ok(runner, task, expert.code, [inp.key], 60)
            if ex.status != base.OK:
                raise ValidationError(f"expert {ex.status} at level {lvl} test {inp.index}: {_detail(ex)}")
            baseline.expected[(lvl, inp.index)] = _outputs(ex)[0]
            baseline.expert_time[(lvl, inp.index)] = ex.cpu_time
    check_expert_repeats(task, runner, baseline, checker)
    return baseline


def check_expert_repeats(task: Task, runner, baseline: Baseline, checker) -> None:
    """The expert gives the same answer again (equal, or right as the checker judges) on every hand case and
    input: what a run compares samples with is the expert's first answer, which from an expert that draws at
    random, or reads the clock, judged right samples wrong at random.  One run per level, all its tests in it."""
    groups = [("hand case", baseline.case_inputs, baseline.case_expected)]
    groups += [(f"level {lvl} test", inputs, [baseline.expected[(lvl, i.index)] for i in inputs])
               for lvl, inputs in baseline.level_inputs.items()]
    for label, inputs, first in groups:
        if not inputs:
            continue
        ex = _run_ok(runner, task, task.expert.code, [i.key for i in inputs], 60 * len(inputs))
        if ex.status != base.OK:
            raise ValidationError(f"expert {ex.status} when run again ({label}s): {_detail(ex)}")
        for inp, again, before in zip(inputs, _outputs(ex), first):
            if again != before and not _judge(checker, f"{label} {inp.index}", _checker_args(task, inp), again,
                                              before):
                raise ValidationError(f"expert is not deterministic: run again on {label} {inp.index} it gave "
                                      f"{show(again, 60)}, first {show(before, 60)}")


def check_checker(task: Task, baseline: Baseline) -> None:
    """The checker must accept the expert's own output on every hand case and input of the fast levels, and reject
    a perturbed one on at least one of them: a custom checker may accept several right answers (any index that
    splits a list evenly), the perturbed one among them on some inputs.  Each failure says which and where."""
    checker = make_checker(task)
    cases = zip(baseline.cases, baseline.case_expected)
    trials = [(f"hand case {i}", case["args"], out) for i, (case, out) in enumerate(cases)]
    trials += [(f"level {lvl} test {inp.index}", inp.args(), baseline.expected[(lvl, inp.index)])
               for lvl, inputs in baseline.level_inputs.items() if lvl < FAST_LEVELS for inp in inputs]
    rejected = []
    for where, args, out in trials:
        if not _judge(checker, where, args, out, out):
            raise ValidationError(f"checker rejects the expert's own output on {where} ({show(out, 60)})")
        rejected.append(not _judge(checker, where, args, perturb(out), out))
    if trials and not any(rejected):
        where, _, out = trials[0]
        raise ValidationError(f"checker accepts a wrong output on every input tried ({len(trials)}): on {where} "
                              f"{show(perturb(out), 60)}, where the expert gave {show(out, 60)}")


def check_reference(task: Task, ref, runner, baseline: Baseline) -> None:
    """A non-expert tier must agree with the expert on the hand cases and on every generated input it finishes
    within its cut-off and the task's memory (one it does not finish is passed over: the lower levels compared
    it)."""
    _check_agrees(task, f"tier {ref.name}", ref.code, runner, baseline)


def check_pool_member(task: Task, name: str, code: str, runner, baseline: Baseline) -> None:
    """A DPE pool member (``pool/<stem>``) is checked exactly as a reference is; the failure names its file."""
    _check_agrees(task, f"pool member {name}.py", code, runner, baseline)


def _check_agrees(task: Task, label: str, code: str, runner, baseline: Baseline) -> None:
    """The program's verdict is what running it alone on each input, as a run does, would say; it is reached in as
    few runs as that allows.  Why few: a run's fixed cost (a fresh child, the code compiled, the reply) was over
    nine tenths of validating a task input by input (370 runs of 59 ms, 0.6 s of them the programs', at load 10).

    One run takes the fast levels' inputs and the hand cases, each larger level a run of its own; a run that agrees
    everywhere settles its inputs.  A run shares the program's module state between its calls, where a run gives
    each test a child of its own: the inputs go largest first, so that no smaller one warms a cache that a cold
    call would not have had, and whatever a shared run does not settle -- a failure, a disagreement, a cut-off
    (the largest of its inputs') -- is judged input by input, as each one's own cut-off judges it, which also
    names the test; so is every larger level after it (a program too slow for one run of a level is so for the
    next)."""
    checker = make_checker(task)
    caps = {(lvl, inp.index): max(MIN_CUT_OFF, SLOW_CAP * baseline.expert_time[(lvl, inp.index)])
            for lvl, inputs in baseline.level_inputs.items() for inp in inputs}
    fast = [(lvl, inp) for lvl, inputs in baseline.level_inputs.items() if lvl < FAST_LEVELS for inp in inputs]
    fast_settled = _settled_in_one_run(task, code, runner, baseline, checker, fast[::-1], caps, with_hand_cases=True)
    if not fast_settled:
        ex = _run_ok(runner, task, code, [i.key for i in baseline.case_inputs], 60)
        if ex.status != base.OK:
            raise ValidationError(f"{label} {ex.status} on hand cases: {_detail(ex)}")
        for i, out in enumerate(_outputs(ex)):
            if not _agrees_on_case(checker, baseline, i, out):
                raise ValidationError(f"{label} disagrees with the expert on hand case {i}")
    in_one_run = True  # until a level's run settles nothing: then it and every larger level input by input
    for lvl, inputs in baseline.level_inputs.items():
        if fast_settled and lvl < FAST_LEVELS:
            continue
        tests = [(lvl, inp) for inp in inputs][::-1]
        if in_one_run and len(tests) > 1 and _settled_in_one_run(task, code, runner, baseline, checker, tests, caps):
            continue
        in_one_run = in_one_run and len(tests) < 2
        for inp in inputs:  # each alone
            ex = _run_cut_off(runner, task, code, [inp.key], caps[(lvl, inp.index)])
            if ex.status in OVER_LIMIT:
                continue  # too slow or too big to compare here (as the scores read it); lower levels compared it
            if ex.status != base.OK:
                raise ValidationError(f"{label} {ex.status} at level {lvl} test {inp.index}: {_detail(ex)}")
            if not _agrees(task, checker, baseline, lvl, inp, _outputs(ex)[0]):
                raise ValidationError(f"{label} disagrees with the expert at level {lvl} test {inp.index}")


def _settled_in_one_run(task: Task, code: str, runner, baseline: Baseline, checker, tests: list, caps: dict,
                        with_hand_cases: bool = False) -> bool:
    """Whether one run of *tests* (and the hand cases, after them) finishes within the largest of their cut-offs
    and agrees with the expert on every one (:func:`_check_agrees`)."""
    hand = [i.key for i in baseline.case_inputs] if with_hand_cases else []
    keys = [inp.key for _, inp in tests] + hand
    if not keys:
        return True
    ex = _run_cut_off(runner, task, code, keys, max((caps[(lvl, inp.index)] for lvl, inp in tests),
                                                    default=MIN_CUT_OFF))
    if ex.status != base.OK:
        return False
    outputs = _outputs(ex)
    agree = all(_agrees(task, checker, baseline, lvl, inp, out) for (lvl, inp), out in zip(tests, outputs))
    return agree and all(_agrees_on_case(checker, baseline, i, out) for i, out in enumerate(outputs[len(tests):]))


def _agrees(task: Task, checker, baseline: Baseline, lvl: int, inp: TestInput, out) -> bool:
    """Whether *out*, a program's output on test *inp* of level *lvl*, is right as the checker judges it against
    the expert's: one home for that judgement, whether the input ran in a shared run or alone."""
    return _judge(checker, f"level {lvl} test {inp.index}", _checker_args(task, inp), out,
                  baseline.expected[(lvl, inp.index)])


def _agrees_on_case(checker, baseline: Baseline, index: int, out) -> bool:
    """Whether *out* is right on hand case *index* (:func:`_agrees`, for the hand cases)."""
    return _judge(checker, f"hand case {index}", baseline.cases[index]["args"], out, baseline.case_expected[index])


def _judge(checker, where: str, args, output, expected) -> bool:
    """The checker's verdict on *output*; one that raises is the task's failure naming the input it judged (*where*),
    as a failing generator's names its level and test: the checker's error alone left the author to guess."""
    try:
        return bool(checker(args, output, expected))
    except CheckerError as exc:
        raise ValidationError(f"{exc} (judging an output on {where})") from None


def validate_task(task: Task, runner, cache: InputCache, fast: bool, seed: int) -> TaskValidation:
    """Raises ValidationError with the reason on failure."""
    check_manifest(task)
    levels = checked_levels(task, fast)
    check_generator(task, levels, seed)
    baseline = run_expert(task, runner, cache, levels, seed)
    check_checker(task, baseline)
    for ref in task.references:
        if not ref.expert:
            check_reference(task, ref, runner, baseline)
    for name, code in task.pool:
        check_pool_member(task, name, code, runner, baseline)
    pool = f" and {len(task.pool)} pool members" if task.pool else ""
    if fast:
        return TaskValidation(f"{len(task.references)} tiers{pool} agree on hand cases and levels 0-{max(levels)}")
    costs = measure_tier_costs(task, runner, baseline)
    summary = describe_tier_order(costs, max(baseline.level_inputs)) + (f"; all tiers{pool} agree" if pool else "")
    return TaskValidation(summary, tuple(costs))


def _reference_cost(runner, task: Task, code: str, key: str, cap: float) -> float | None:
    """The least CPU time of the repeats, or None if a run went over *cap*."""
    best: float | None = None
    for _ in range(TIMING_REPEATS):
        ex = _run_cut_off(runner, task, code, [key], cap)
        if ex.status == base.TIMEOUT:
            return None
        cost = ex.cpu_time
        assert cost is not None, ex.status  # an ok run has its CPU time
        best = cost if best is None else min(best, cost)
    return best


def measure_tier_costs(task: Task, runner, baseline: Baseline) -> list[ReferenceCost]:
    """Every tier's CPU cost at the top level (min of repeats, test 0), in declared order; a tier past the cut-off
    (SLOW_CAP times the expert) is its cut-off, marked capped."""
    level_inputs = baseline.level_inputs
    top = max(level_inputs)
    key = level_inputs[top][0].key
    expert_cost = _reference_cost(runner, task, task.expert.code, key, 60)
    if expert_cost is None:  # was a TypeError (mypy found it)
        raise ValidationError(f"the expert {task.expert.name} took over 60 s at level {top}")
    cap = max(MIN_CUT_OFF, SLOW_CAP * expert_cost)
    costs = []
    for ref in task.references:
        cost = expert_cost if ref.expert else _reference_cost(runner, task, ref.code, key, cap)
        costs.append(ReferenceCost(ref.name, cap if cost is None else cost, cost is None))
    return costs


def check_reference_order(task: Task, runner, baseline: Baseline) -> str:
    """Tiers must get cheaper in declared order at the top level (min of repeats, test 0); margins printed."""
    return describe_tier_order(measure_tier_costs(task, runner, baseline), max(baseline.level_inputs))


def validate_tasks(tasks: list[Task], fast: bool, seed: int, echo=print, runner_name: str = "process",
                   on_valid: Callable[[Task, TaskValidation], None] | None = None, jobs: int = 1) -> int:
    """Validate each task, echo one line per task as it finishes; the number that failed.  *on_valid* gets each
    valid task's result (``tasks validate --costs-json`` keeps the costs).

    With *jobs* above 1 that many sandboxes take tasks from one queue, each pinned to a core of its own, as
    ``effbench run --jobs`` pins its slots, because a whole suite's validation (every level, every pool member) is
    long.  A task's tiers are still timed one after another in one sandbox, so their order is compared on one core;
    the other slots share the machine and raise its times (the command warns)."""
    todo: queue.SimpleQueue[Task] = queue.SimpleQueue()
    for task in tasks:
        todo.put(task)
    lock = threading.Lock()
    failures = 0
    errors: list[BaseException] = []

    def work(slot: int, cpu: int | None) -> None:
        nonlocal failures
        runner = make_sandbox(runner_name, slot=slot)
        runner.cpu = cpu
        cache = InputCache()
        try:
            while not errors:
                try:
                    task = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    result = validate_task(task, runner, cache, fast, seed)
                except EffbenchError as exc:
                    with lock:
                        failures += 1
                        echo(f"FAIL  {task.id}: {exc}")
                    continue
                with lock:
                    echo(f"ok    {task.id}: {result.summary}")
                    if on_valid is not None:
                        on_valid(task, result)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller's thread, after the others stop
            errors.append(exc)
        finally:
            runner.close()

    if jobs == 1:
        work(0, None)  # one sandbox, not pinned, as a one-slot run is
    else:
        from effbench.measuring.parallel import usable_cpus
        threads = [threading.Thread(target=work, args=(2 * i, cpu), daemon=True)
                   for i, cpu in enumerate(usable_cpus()[:jobs])]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return failures
