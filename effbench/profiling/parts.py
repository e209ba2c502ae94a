"""A count's parts by function, for complexity sweeps (effbench.scoring.complexity_parts).

Between n and n log n the total count cannot tell a log factor spent in C (a sort's comparisons, a few instructions
each) from a linear pass whose cost per item creeps up; each function's own count can.  The scored worker sends the
total alone and must stay as it is (a counting child's count depends on the heap it inherits from the worker's code),
so sweeps that read the parts run on the profiling worker (``worker.py``), which hands back callgrind's whole dump,
and the host reads it as the profiles are read (:mod:`.callgrind`: bounded, hostile input).  Its totals differ from
the scored worker's by its other ``__main__`` (about 0.01 %): a sweep is compared with itself alone.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from effbench.sandbox import base
from effbench.sandbox.process import ProcessSandbox
from . import callgrind
from .model import ProfileError


def parts_from_dump(data: bytes) -> dict[str, int]:
    """Each function's own count (recursion levels and compiler clones merged, as in profiles), by symbol; they sum
    to the dump's total.  Raises ProfileError on a dump that does not parse."""
    total, functions, _ = callgrind.parse(data)
    parts: defaultdict[str, int] = defaultdict(int)
    for fn in functions:
        parts[fn.symbol] += int(fn.self_cost)
    if sum(parts.values()) != int(total):
        raise ProfileError("callgrind's dump: its functions do not add up to its total")
    return dict(parts)


def parts_of_reply(reply: dict, instructions: int) -> dict[str, int] | None:
    """The parts of a profiling worker's reply whose count is *instructions*, or None when its dump is missing,
    unreadable or of another total (the count stands; the sweep then reads the total alone)."""
    try:
        parts = parts_from_dump(callgrind.reply_dump(reply))
    except ProfileError:
        return None
    return parts if sum(parts.values()) == instructions else None


class PartsSandbox(ProcessSandbox):
    """The process sandbox counting with callgrind on the profiling worker: each run's Execution carries its parts."""

    def __init__(self, slot: int = 0):
        super().__init__(slot, counter="callgrind", program=callgrind.WORKER)

    def execute(self, code: str, entry: str, input_keys: list[str], limits: base.Limits) -> base.Execution:
        ex, reply = self.execute_with_reply(code, entry, input_keys, limits)
        if ex.status != base.OK or ex.instructions is None:
            return ex
        return replace(ex, parts=parts_of_reply(reply, ex.instructions))
