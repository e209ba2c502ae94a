"""Output checkers.  They run on the host, in effbench's code, on plain values rebuilt from the sandbox's JSON.

``exact`` is strict about types (a tuple is not a list, ``True`` is not ``1``, ``3.0`` is not ``3``) because a
sample's value never reaches Python's ``==`` through an object the sample defined; NaN equals NaN in place.
``float`` compares numbers with a relative and absolute tolerance and lets int and float stand for each other.

Whatever a checker does with an output (a custom one may raise on a string where it wanted a number, or run for
hours on a structure it did not expect; a built-in one may run out of stack on a deep structure),
:func:`make_checker`'s checker either answers or raises :class:`CheckerError` saying what happened: the caller
decides whose fault it is (a sample's output: that sample is wrong; the expert's: the task is broken).  It is never
a host exception that stops the run, nor a run that never ends.
"""
from __future__ import annotations

import math
from fractions import Fraction
from collections.abc import Callable

from effbench.tasks.checker_process import CheckBudget, CheckerError, CheckerProcess
from effbench.tasks.input_process import INPUT_PROCESS
from effbench.tasks.modules import message
from effbench.tasks.task import Task

Checker = Callable[[list | None, object, object], bool]  # (args, output, expected); built-in checkers get None args


# The budget of one custom-checker verdict: read when a checker is made (a test may lower it).
CHECK_BUDGET = CheckBudget()


def equal_exact(a, b) -> bool:
    return _walk(a, b, _exact)


def equal_close(a, b, rel_tol: float, abs_tol: float) -> bool:
    return _walk(a, b, lambda x, y: _close(x, y, rel_tol, abs_tol))


_DESCEND = object()  # a leaf rule's answer for two containers of the same type: compare their items


def _walk(a, b, leaf) -> bool:
    """Compare two plain values item by item without recursion: an output as deep as the wire lets through must
    not exhaust the host's stack, nor be judged wrong for it."""
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        verdict = leaf(x, y)
        if verdict is _DESCEND:
            if isinstance(x, dict):
                if x.keys() != y.keys():
                    return False
                stack.extend((v, y[k]) for k, v in x.items())
            elif len(x) != len(y):
                return False
            else:
                stack.extend(zip(x, y))
        elif not verdict:
            return False
    return True


def _exact(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, (list, tuple, dict)):
        return _DESCEND
    return a == b


def _close(a, b, rel_tol: float, abs_tol: float):
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            return True
        return _close_numbers(a, b, rel_tol, abs_tol)
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple, dict)):
        return _DESCEND
    return a == b


def _close_numbers(a, b, rel_tol: float, abs_tol: float) -> bool:
    try:
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
    except OverflowError:
        # An int beyond the float range: the same rule as math.isclose, in exact rational arithmetic.
        if any(isinstance(x, float) and not math.isfinite(x) for x in (a, b)):
            return False
        x, y = Fraction(a), Fraction(b)
        return abs(x - y) <= max(Fraction(rel_tol) * max(abs(x), abs(y)), Fraction(abs_tol))


def perturb(value):
    """A value a checker must reject when it expects *value* (``tasks validate`` proves a checker with it)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        return value * 1.5 + 1.0 if math.isfinite(value) else 0.0
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, (list, tuple)):
        items = list(value)
        items = [perturb(items[0])] + items[1:] if items else [0]
        return type(value)(items)
    if isinstance(value, dict):
        return {**value, "__effbench_extra__": 0}
    if isinstance(value, (set, frozenset)):
        return type(value)(set(value) | {"__effbench_extra__"})
    if value is None:
        return 0
    return None


def show(value, limit: int = 200) -> str:
    """``repr`` for messages, cut at *limit*; never raises (an int past Python's 4,300-digit limit, a deep list)."""
    try:
        text = repr(value)
    except (ValueError, RecursionError):
        return f"<{type(value).__name__} too large to show>"
    return text if len(text) <= limit else text[:limit] + "..."


def _comparison(task: Task) -> Checker:
    if task.checker == "exact":
        return lambda args, output, expected: equal_exact(output, expected)
    rel, tol = task.float_rel_tol, task.float_abs_tol
    return lambda args, output, expected: equal_close(output, expected, rel, tol)


def make_checker(task: Task) -> Checker:
    """The task's checker, answering True or False, or raising :class:`CheckerError` if the check itself raised (or,
    for a custom one, went past its :data:`CHECK_BUDGET`).

    A custom checker is loaded here, in the input process (:mod:`effbench.tasks.input_process`, where its top-level
    code is bounded: it ran on the host, where a checker.py that slept at import hung the command), so that a broken
    one stops a command before anything is measured; it judges in its own process (:class:`CheckerProcess`), where
    a verdict can be bounded.  The built-in ones
    are effbench's own code, linear in the size of what they compare, and judge in place."""
    if task.checker == "custom":
        INPUT_PROCESS.load_checker(task)
        return CheckerProcess(task.path / "checker.py", task.module_name("checker"), CHECK_BUDGET,
                              task.memory_mb)
    compare = _comparison(task)

    def check(args, output, expected) -> bool:
        try:
            return bool(compare(args, output, expected))
        except Exception as exc:  # noqa: BLE001 - anything the check raised is a verdict on this output
            raise CheckerError(f"checker raised {message(exc)}") from None

    return check
