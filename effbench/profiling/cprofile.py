"""cProfile in the sandboxed child, for timing modes: a Python-level, deterministic profile.

The executor is not changed for it.  The program sent to the sandbox is a wrapper around the sample's program
(:func:`wrap`): its module body profiles the sample's compile-free module body, its entry point profiles each call,
and a last input -- a token the host made for this run -- asks it for the statistics instead, returned as plain
data through the ordinary result frame (tagged JSON, size-capped, rebuilt by ``wire.decode_value``).

cProfile runs in the sample's own process, so a sample can reach it (find the profiler, patch the module) and alter
the figures: these profiles explain, they are never scored, and the report says where they come from.  What the
sample cannot do is break the host: :func:`parse` checks every row and any surprise is that sample's profiling
failure with a reason.
"""
from __future__ import annotations

import math

from . import names
from .model import Arc, Function, ProfileError
from effbench.tables import printable

ENTRY = "_effbench_profiled"
MAX_FUNCTIONS = 20_000
MAX_CALLERS = 200_000
MAX_TEXT = 1000
# the profiler's own call, seen when it stops inside the entry point: not the sample's work
_OWN = {"<method 'disable' of '_lsprof.Profiler' objects>"}

_WRAPPER = '''\
import cProfile as _effbench_cprofile
import time as _effbench_time
_effbench_profiler = _effbench_cprofile.Profile({timer})
_effbench_ns = {{"__name__": "solution", "__builtins__": __builtins__}}
_effbench_code = compile({source!r}, "<solution>", "exec")
_effbench_profiler.enable()
try:
    exec(_effbench_code, _effbench_ns)
finally:
    _effbench_profiler.disable()


def {entry}(*args):
    if len(args) == 1 and args[0] == {token!r}:
        _effbench_profiler.create_stats()
        return [[k[0], k[1], k[2], v[0], v[1], v[2], v[3], [[c[0], c[1], c[2], s[0], s[1], s[2], s[3]]
                 for c, s in v[4].items()]] for k, v in _effbench_profiler.stats.items()]
    fn = _effbench_ns[{target!r}]
    _effbench_profiler.enable()
    try:
        return fn(*args)
    finally:
        _effbench_profiler.disable()
'''


# cProfile's clock per measurement mode: the child's CPU clock in cpu mode, so a preemption on a busy machine does not
# land on whichever call was running (it did: 12 ms on one list.append); perf_counter in wall mode.  The thread's
# clock, not the process's: that one advanced in steps of milliseconds here (the child has one thread: nproc = 1).
TIMERS = {"cpu": "_effbench_time.thread_time", "wall": "_effbench_time.perf_counter"}


def wrap(program: str, entry_point: str, token: str, measure: str = "cpu") -> str:
    """The program a cProfile run executes instead of *program* (entry point :data:`ENTRY`)."""
    return _WRAPPER.format(source=program, entry=ENTRY, token=token, target=entry_point,
                           timer=TIMERS.get(measure, TIMERS["cpu"]))


def _text(value, what: str) -> str:
    """A file or function name: the sample chooses them (a code object can be renamed to anything, a lone surrogate
    included), so what would not show as itself is kept as its escape (tables.printable)."""
    if type(value) is not str or len(value) > MAX_TEXT:
        raise ProfileError(f"cProfile statistics: {what} is not a short string")
    return printable(value)


def _count(value, what: str) -> int:
    if type(value) is not int or not 0 <= value < 1 << 62:
        raise ProfileError(f"cProfile statistics: {what} is not a count")
    return value


def _seconds(value, what: str) -> float:
    if type(value) not in (int, float) or not math.isfinite(value) or not 0 <= value < 1e7:
        raise ProfileError(f"cProfile statistics: {what} is not a time in seconds")
    return float(value)


def _key(row, at: str) -> tuple[str, int, str]:
    return _text(row[0], f"{at} file"), _count(row[1], f"{at} line"), _text(row[2], f"{at} name")


def parse(stats) -> tuple[float, list[Function], list[Arc]]:
    """(total seconds, functions, arcs) from what the wrapper returned; raises ProfileError."""
    if type(stats) is not list or len(stats) > MAX_FUNCTIONS:
        raise ProfileError("cProfile statistics are not a list of at most "
                           f"{MAX_FUNCTIONS} functions")
    rows: list = []
    index: dict = {}
    n_callers = 0
    for i, row in enumerate(stats):
        if type(row) is not list or len(row) != 8 or type(row[7]) is not list:
            raise ProfileError(f"cProfile statistics: row {i} is malformed")
        key = _key(row, f"row {i}")
        if key in index:
            raise ProfileError(f"cProfile statistics: function {key[2][:60]!r} listed twice")
        cc, nc = _count(row[3], "primitive calls"), _count(row[4], "calls")
        tt, ct = _seconds(row[5], "self time"), _seconds(row[6], "cumulative time")
        n_callers += len(row[7])
        if n_callers > MAX_CALLERS:
            raise ProfileError(f"cProfile statistics: over {MAX_CALLERS} caller entries")
        index[key] = len(rows)
        rows.append((key, cc, nc, tt, ct, row[7]))
    keep = [r for r in rows if r[0][2] not in _OWN]
    ids = {r[0]: i for i, r in enumerate(keep)}
    functions = [Function(names.from_cprofile(*key), key[2], f"{key[0]}:{key[1]}", tt, ct, nc)
                 for key, cc, nc, tt, ct, _ in keep]
    arcs = []
    for key, _, _, _, _, callers in keep:
        for j, c in enumerate(callers):
            if type(c) is not list or len(c) != 7:
                raise ProfileError(f"cProfile statistics: a caller of {key[2][:60]!r} is malformed")
            caller = _key(c, f"caller {j}")
            calls, cost = _count(c[4], "caller calls"), _seconds(c[6], "caller time")
            if caller not in index:
                raise ProfileError(f"cProfile statistics: caller {caller[2][:60]!r} is not a profiled function")
            if caller in ids and caller != key:
                arcs.append(Arc(ids[caller], ids[key], calls, cost))
    return sum(f.self_cost for f in functions), functions, arcs
