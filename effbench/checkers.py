"""Output checkers.  They run on the host, in effbench's code, on plain values rebuilt from the sandbox's JSON.

``exact`` is strict about types (a tuple is not a list, ``True`` is not ``1``, ``3.0`` is not ``3``) because a
sample's value never reaches Python's ``==`` through an object the sample defined; NaN equals NaN in place.
``float`` compares numbers with a relative and absolute tolerance and lets int and float stand for each other.
"""
from __future__ import annotations

import math
from typing import Callable

from .tasks import Task

Checker = Callable[[list, object, object], bool]


def equal_exact(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(equal_exact(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(equal_exact(v, b[k]) for k, v in a.items())
    return a == b


def equal_close(a, b, rel_tol: float, abs_tol: float) -> bool:
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            return True
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(equal_close(x, y, rel_tol, abs_tol) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(equal_close(v, b[k], rel_tol, abs_tol) for k, v in a.items())
    return a == b


def make_checker(task: Task) -> Checker:
    if task.checker == "exact":
        return lambda args, output, expected: equal_exact(output, expected)
    if task.checker == "float":
        rel, tol = task.float_rel_tol, task.float_abs_tol
        return lambda args, output, expected: equal_close(output, expected, rel, tol)
    custom = task.custom_check()
    return lambda args, output, expected: bool(custom(args, output, expected))
