"""Read callgrind's dump of a profiling run (its own text format, documented with valgrind: "Callgrind Format
Specification") into the profile model.

The dump is written by valgrind at the child's normal exit into the file the worker made for it, and taken under
the scored count's rules (README, "Count integrity"), but it is still read as hostile input: bounded in size,
lines and names, and anything that does not parse is a :class:`ProfileError` (that sample's profiling failure),
never another exception.

What is read: name compression (``fn=(12) name``, later ``fn=(12)``), the position columns (``positions:``), the
first event (``Ir``), self-cost lines, and ``calls=`` lines whose next cost line is the callee's inclusive cost.
Inclusive cost of a function is its self cost plus its outgoing calls at its outermost recursion level (callgrind
names deeper levels ``f'2``, so nothing is counted twice); the levels are then merged into one function.
"""
from __future__ import annotations

import base64
from collections import defaultdict
from pathlib import Path

from effbench.tables import printable

from . import names
from .model import Arc, Function, ProfileError

# The worker whose runs hand back callgrind's whole dump (a program of its own: the scored worker stays as it is).
WORKER = Path(__file__).resolve().parent / "worker.py"
MAX_BYTES = 32 << 20
MAX_LINES = 2_000_000
MAX_NAME = 1000
MAX_FUNCTIONS = 50_000
# callgrind's counters are 64-bit: a cost, count or total at or past this is no count of a real run.  Bounding each
# one also bounds their sums (at most MAX_LINES of them), which a total of 1e308s made infinite, and keeps call
# counts far from Python's 4300-digit limit on turning an int into text (json.dumps raised on the sum of eleven).
MAX_COUNT = 1 << 63
_FILE_KEYS = {"fl", "fi", "fe", "cfi", "cfl"}
_OB_KEYS = {"ob", "cob"}
_FN_KEYS = {"fn", "cfn"}


class _Names:
    """callgrind's name compression: ``(id) name`` defines, ``(id)`` refers back."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, str]] = {"fl": {}, "ob": {}, "fn": {}}

    def resolve(self, kind: str, text: str) -> str:
        table = self.tables[kind]
        text = text.strip()
        if text.startswith("("):
            close = text.find(")")
            if close < 0:
                raise ProfileError(f"malformed compressed name {text[:40]!r}")
            ident, rest = text[1:close], text[close + 1:].strip()
            if rest:
                if len(table) >= MAX_FUNCTIONS * 4:
                    raise ProfileError("too many names")
                table[ident] = printable(rest[:MAX_NAME])
                return table[ident]
            if ident not in table:
                raise ProfileError(f"name ({ident[:20]!r}) used before it was defined")
            return table[ident]
        return printable(text[:MAX_NAME])


def reply_dump(reply: dict) -> bytes:
    """The dump a profiling worker's reply holds; ProfileError with the worker's reason when it sent none (too big,
    unreadable), or when what it sent is not base64."""
    if reply.get("profile_error"):
        raise ProfileError(str(reply["profile_error"])[:300])
    try:
        return base64.b64decode(str(reply.get("profile_dump", "")), validate=True)
    except ValueError:  # binascii.Error included
        raise ProfileError("the profiling worker sent no readable dump") from None


def parse(data: bytes) -> tuple[float, list[Function], list[Arc]]:
    """(total, functions, arcs) of a callgrind dump; raises ProfileError."""
    if len(data) > MAX_BYTES:
        raise ProfileError(f"callgrind's dump is over {MAX_BYTES} bytes")
    try:
        return _parse(data.decode("latin-1").splitlines())
    except ProfileError:
        raise
    except (ValueError, IndexError, KeyError, RecursionError, OverflowError) as exc:
        raise ProfileError(f"malformed callgrind dump: {str(exc)[:200]}") from None


def _parse(lines: list[str]) -> tuple[float, list[Function], list[Arc]]:
    if len(lines) > MAX_LINES:
        raise ProfileError(f"callgrind's dump has over {MAX_LINES} lines")
    if not lines or not lines[0].startswith("# callgrind format") and not any(
            line.startswith("events:") for line in lines[:50]):
        raise ProfileError("not a callgrind dump")
    table = _Names()
    n_positions, total = 1, None
    ob = fl = fn = cfn = ""
    pending: tuple[str, str, int] | None = None   # (callee object, callee function, calls) awaiting its cost line
    cob = ""
    self_raw: dict[tuple[str, str], float] = defaultdict(float)        # (object, raw fn) -> self cost
    arcs_raw: dict[tuple[tuple, tuple], list] = {}                      # ((ob, fn), (cob, cfn)) -> [calls, cost]
    files: dict[tuple[str, str], str] = {}
    for line in lines:
        if not line or line[0] == "#":
            continue
        head = line[0]
        if head.isdigit() or head in "+-*":
            parts = line.split()
            if len(parts) < n_positions:
                raise ProfileError(f"short cost line {line[:60]!r}")
            cost = float(_count(parts[n_positions], "cost")) if len(parts) > n_positions else 0.0
            if pending is not None:
                callee = (pending[0] or ob, pending[1])
                arc = arcs_raw.setdefault(((ob, fn), callee), [0, 0.0])
                arc[0] += pending[2]
                arc[1] += cost
                pending = None
            else:
                self_raw[(ob, fn)] += cost
            continue
        key, sep, value = line.partition("=")
        if sep and key.isalpha():
            if key in _OB_KEYS:
                name = table.resolve("ob", value)
                if key == "ob":
                    ob = name
                else:
                    cob = name
            elif key in _FILE_KEYS:
                name = table.resolve("fl", value)
                if key == "fl":
                    fl = name
            elif key in _FN_KEYS:
                name = table.resolve("fn", value)
                if key == "fn":
                    fn, cob = name, ""
                    files.setdefault((ob, fn), fl)
                else:
                    cfn = name
            elif key == "calls":
                pending = (cob, cfn, _count(value.split()[0], "call count"))
                cob = ""
            continue
        key, sep, value = line.partition(":")
        if sep:
            if key == "positions":
                n_positions = max(1, len(value.split()))
            elif key in ("totals", "summary"):
                total = float(_count(value.split()[0], "total"))
    if total is None:
        raise ProfileError("callgrind's dump has no total")
    return total, *_merge(self_raw, arcs_raw, files)


def _count(text: str, what: str) -> int:
    """One of the dump's counts: a whole number from 0 to below :data:`MAX_COUNT` (the text is parsed only when it is
    short enough to be one)."""
    value = int(text) if len(text) <= 20 else -1
    if not 0 <= value < MAX_COUNT:
        raise ProfileError(f"{what} {text[:24]!r} is not a 64-bit count")
    return value


def _merge(self_raw: dict, arcs_raw: dict, files: dict) -> tuple[list[Function], list[Arc]]:
    """Recursion levels (f, f'2, ...) and compiler clones become one function each."""
    index: dict[tuple[str, str], int] = {}
    selfs: list[float] = []
    order: list[tuple[str, str, str]] = []

    def fid(ob: str, raw: str) -> int:
        k = (ob, names.base_symbol(raw))
        if k not in index:
            if len(index) >= MAX_FUNCTIONS:
                raise ProfileError(f"over {MAX_FUNCTIONS} functions")
            index[k] = len(index)
            selfs.append(0.0)
            order.append((raw, files.get((ob, raw), ""), ob))
        return index[k]

    # the outermost level's self + outgoing calls: the inclusive cost
    outer: defaultdict[int, float] = defaultdict(float)
    for (ob, raw), cost in self_raw.items():
        i = fid(ob, raw)
        selfs[i] += cost
        if raw == names.base_symbol(raw):
            outer[i] += cost
    merged: dict[tuple[int, int], list] = {}
    calls_in: defaultdict[int, int] = defaultdict(int)
    for ((ob, raw), (cob, craw)), (calls, cost) in arcs_raw.items():
        a, b = fid(ob, raw), fid(cob, craw)
        if raw == names.base_symbol(raw):
            outer[a] += cost
        calls_in[b] += calls
        if a != b:
            arc = merged.setdefault((a, b), [0, 0.0])
            arc[0] += calls
            arc[1] += cost
    functions = [Function(names.from_c(raw), names.base_symbol(raw), file or ob, selfs[i], max(outer[i], selfs[i]),
                          calls_in[i]) for i, (raw, file, ob) in enumerate(order)]
    return functions, [Arc(a, b, calls, cost) for (a, b), (calls, cost) in merged.items()]
