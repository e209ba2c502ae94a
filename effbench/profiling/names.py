"""Names as a Python programmer knows them, for functions the profilers name otherwise.

callgrind sees CPython's C functions: ``list_index`` (Argument Clinic's wrapper of ``list.index``),
``builtin_sorted``, ``_heapq_heappush_impl``; compilers add ``.lto_priv.0`` or ``.isra.0`` and callgrind ``'2`` for a
recursion level.  A C name becomes a Python one only when the type or module it names really has that attribute
(``list_index`` -> ``list.index``; ``list_ass_slice`` stays itself): a guess never renames a function.
cProfile names builtins ``<method 'index' of 'list' objects>`` and ``<built-in method builtins.max>``.
"""
from __future__ import annotations

import builtins
import bisect
import collections
import functools
import heapq
import itertools
import math
import os
import re

# What compilers append to a C function's name (``.lto_priv.0``, ``.isra.0``, ``.cold``), each optionally numbered
CLONE_SUFFIXES = (".lto_priv", ".isra", ".constprop", ".part", ".cold", ".localalias")
DIGITS = frozenset("0123456789")
# C prefix -> (Python name, the object whose attributes tell real methods from other C functions); longest first
_OWNERS = sorted({
    "builtin_": ("", builtins), "list_": ("list.", list), "dict_": ("dict.", dict), "set_": ("set.", set),
    "frozenset_": ("frozenset.", frozenset), "unicode_": ("str.", str), "bytes_": ("bytes.", bytes),
    "bytearray_": ("bytearray.", bytearray), "tuple_": ("tuple.", tuple), "long_": ("int.", int),
    "float_": ("float.", float), "deque_": ("deque.", collections.deque), "_heapq_": ("heapq.", heapq),
    "_bisect_": ("bisect.", bisect), "math_": ("math.", math), "itertools_": ("itertools.", itertools),
    "_functools_": ("functools.", functools),
}.items(), key=lambda kv: -len(kv[0]))
_CP_METHOD = re.compile(r"^<method '([^']+)' of '([^']+)' objects>$")
_CP_BUILTIN = re.compile(r"^<built-in method ([\w.]+)>$")


def base_symbol(symbol: str) -> str:
    """The C function's own name: without compiler suffixes and callgrind's recursion level (``'2``), however many
    are stacked.  Stripped one at a time from the end, in time linear in the name: the names come from a dump a
    sample's process writes, and a regular expression for the whole run of suffixes (retried from every position)
    took 6 ms on one name of 1000 characters, hours on a dump of them."""
    end = len(symbol)
    while end:
        start = end
        while start and symbol[start - 1] in DIGITS:
            start -= 1
        if start < end and start and symbol[start - 1] == "'":  # a recursion level
            end = start - 1
            continue
        stem = start - 1 if start < end and start and symbol[start - 1] == "." else end  # a clone's number
        clone = next((c for c in CLONE_SUFFIXES if symbol.endswith(c, 0, stem)), None)
        if clone is None:
            break
        end = stem - len(clone)
    return symbol[:end]


def from_c(symbol: str) -> str:
    base = base_symbol(symbol)
    stem = base[:-5] if base.endswith("_impl") else base
    for prefix, (shown, owner) in _OWNERS:
        if stem.startswith(prefix):
            rest = stem[len(prefix):]
            for attr in (rest, f"__{rest}__"):
                if rest and not rest.startswith("_") and hasattr(owner, attr):
                    return shown + attr
            break
    return base


def from_cprofile(file: str, line: int, name: str) -> str:
    """cProfile's (file, line, name) as one readable name."""
    if file == "~" and line == 0:
        m = _CP_METHOD.match(name)
        if m:
            return f"{m.group(2)}.{m.group(1)}"
        m = _CP_BUILTIN.match(name)
        if m:
            return m.group(1).removeprefix("builtins.")
        return name
    if file == "<solution>":
        return name
    return f"{os.path.basename(file)}:{name}"
