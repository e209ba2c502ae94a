"""Between n and n log n, read function by function (pure: no I/O).

Why: the total count cannot tell the two apart on many real references (docs/complexity-accuracy.md).  A log
factor spent in C (a sort's or a heap's comparisons, a few instructions each) sits beside a Python-level linear
pass of hundreds of instructions per item, and carries too little of the total to show; and a linear algorithm's
cost per item rises by a few per cent over a sweep (CPython's small-integer cache runs out, the allocator's
per-call cost follows the heap) while other parts of it fall (fewer digits to format), which the total's fit reads
as a log factor.  Callgrind counts every function apart, and there the two kinds differ: a comparison routine's
cost per item grows by the same amount each time the size doubles (a log factor), while the rises of a linear
algorithm level off (its cost per item tends to a constant: a linear model with a negative fixed part) and its
falls do not cancel anyone's log.

So each function that holds at least PART_SHARE of the count at the largest size is fitted on its own, as linear or
as n log n (its own fixed part of either sign: a part's share of the run's fixed cost can be anything), with the
whole fit's rules (errors relative, the RESOLUTION floor, EVIDENCE for the faster class); the smaller functions are
fitted as one more part.  The n log n terms of the parts read as n log n, summed, are the log factor's share of the
count at the largest size; the sweep is n log n when that share is MATERIAL, as for a class's own term in the
total's fit.  Only that boundary is decided this way: for the classes above, a part's free fixed part lets a steep
class bend itself onto one function's curve (measured: it turned quadratics cubic), and the total's fit is kept.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .complexity import EVIDENCE, FIXED_FACTOR, MATERIAL, MIN_POINTS, fit_class

PART_SHARE = 0.001      # a function fitted on its own holds at least this share of the count at the largest size
MAX_KEPT_PARTS = 64     # at most this many (the largest); a sweep keeps only these (complexity_sweep.keep_parts)
REST = "(rest)"         # the smaller functions, fitted as one part
BY_PARTS = ("n", "n log n")  # the classes the total's fit reads that the parts decide between
STEP = 1e-4            # the grid of the log share's distribution in the reading's confidence (chance_material)


@dataclass(frozen=True)
class PartsReading:
    """How the count's parts read: the share of the count at the largest size that grows as n log n, and the parts
    that carry it (name, share of the count, share of its n log n term), largest term first."""

    log_share: float
    cls: str
    parts: list[tuple[str, float, float]] = field(default_factory=list)
    confidence: float = 1.0

    def to_dict(self) -> dict:
        return {"log_share": self.log_share, "cls": self.cls, "confidence": self.confidence,
                "parts": [{"name": n, "share": s, "log_term": t} for n, s, t in self.parts]}


@dataclass(frozen=True)
class _Part:
    name: str
    share: float        # of the count at the largest size
    term: float         # its n log n fit's n log n term, as a share of the count at the largest size
    read_log: bool      # the part reads n log n (by EVIDENCE, as the total's fit chooses)
    weight: float       # the BIC weight of its n log n fit against its linear one


def _part(name: str, n: np.ndarray, y: np.ndarray, total: float) -> _Part:
    linear, log = (fit_class(c, n, y, free_fixed=True) for c in ("n", "n log n"))
    weight = 1.0 / (1.0 + math.exp(min(700.0, (log.bic - linear.bic) / 2)))
    return _Part(name, float(y[-1] / total), log.coefficients[-1] / total, log.bic < linear.bic - EVIDENCE, weight)


def chance_material(parts: Sequence[_Part]) -> float:
    """The probability that the parts' n log n terms sum to MATERIAL or more, each part counted with the chance
    ``weight`` that it reads n log n, independently.  The sum's distribution is kept on a grid of STEP below
    MATERIAL, every sum at or above it in one last bin (terms are never negative, so a sum that reaches it stays):
    a fixed, small amount of work whatever the number of parts, and exact but for each term's rounding to STEP."""
    bins = int(round(MATERIAL / STEP))
    dist = np.zeros(bins + 1)
    dist[0] = 1.0
    for p in parts:
        if p.term <= 0 or p.weight <= 0:
            continue
        shift = min(bins, int(round(p.term / STEP)))
        moved = np.zeros_like(dist)
        moved[shift:bins] = dist[:bins - shift]
        moved[bins] = dist[bins - shift:].sum()
        dist = (1.0 - p.weight) * dist + p.weight * moved
    return float(min(1.0, dist[bins]))


def read_parts(sizes: Sequence[float], costs: Sequence[float],
               parts: Sequence[Mapping[str, int] | None]) -> PartsReading | None:
    """n or n log n, from each size's count and its parts by function (None when a size has no parts, or when too
    few sizes are left to fit).  The sizes fitted are the total's (:func:`complexity.fitted_part`)."""
    if any(p is None for p in parts) or len(sizes) != len(costs) or len(parts) != len(costs):
        return None
    order = np.argsort(np.asarray(sizes, dtype=float))
    n = np.asarray(sizes, dtype=float)[order]
    total = np.asarray(costs, dtype=float)[order]
    rows = [parts[i] or {} for i in order]
    keep = total >= FIXED_FACTOR * total.min()
    if keep.sum() >= MIN_POINTS:
        start = int(np.argmax(keep))
        n, total, rows = n[start:], total[start:], rows[start:]
    if len(n) < MIN_POINTS or np.any(total <= 0):
        return None
    rest = total.copy()
    found: list[_Part] = []
    for name in sorted(set().union(*rows)):
        y = np.array([float(r.get(name, 0)) for r in rows])
        if y[-1] >= PART_SHARE * total[-1] and np.all(y > 0):
            rest -= y
            found.append(_part(name, n, y, total[-1]))
    if np.all(rest > 0):
        found.append(_part(REST, n, rest, total[-1]))
    share = sum(p.term for p in found if p.read_log)
    cls = "n log n" if share >= MATERIAL else "n"
    chance = chance_material(found)
    carried = sorted((p for p in found if p.read_log and p.term > 0), key=lambda p: -p.term)
    return PartsReading(share, cls, [(p.name, p.share, p.term) for p in carried[:8]],
                        chance if cls == "n log n" else 1.0 - chance)
