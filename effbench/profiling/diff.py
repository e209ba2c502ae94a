"""Where a sample spends its cost beyond the expert: per function name, its share of each profile's total.

Shares, not absolute costs, because the two ran different amounts of work; a function's inclusive share says how
much of the run happened inside it (``list.index`` 78 % of the sample, 0 % of the expert).  Functions are matched
by name (the Python-level name where the profiler's could be mapped), several symbols of one name counting once
(the largest inclusive; a wrapper contains its ``_impl``), self costs summed.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Profile, share

ROWS = 8
MIN_GAP = 0.01  # a difference under one point of share is not worth a row


@dataclass(frozen=True)
class Row:
    name: str
    sample: float        # inclusive share of the sample's total
    expert: float
    sample_self: float   # self share
    expert_self: float
    sample_calls: int
    expert_calls: int


def _by_name(profile: Profile) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in profile.functions:
        acc = out.setdefault(f.name, [0.0, 0.0, 0])
        acc[0] = max(acc[0], share(profile, f.inclusive))
        acc[1] += share(profile, f.self_cost)
        acc[2] = max(acc[2], f.calls)
    return out


def difference(sample: Profile, expert: Profile, rows: int = ROWS) -> list[Row]:
    """The functions with the largest excess of the sample's inclusive share over the expert's."""
    mine, theirs = _by_name(sample), _by_name(expert)
    table = []
    for name, (inc, own, calls) in mine.items():
        e_inc, e_own, e_calls = theirs.get(name, (0.0, 0.0, 0))
        if inc - e_inc >= MIN_GAP:
            table.append(Row(name, inc, e_inc, min(1.0, own), min(1.0, e_own), calls, e_calls))
    table.sort(key=lambda r: (-(r.sample - r.expert), r.name))
    return table[:rows]


def top_self(profile: Profile, n: int = 1) -> list[str]:
    """The functions with the largest own cost: where the run's work actually happened."""
    return [name for name, _ in sorted(_by_name(profile).items(), key=lambda kv: -kv[1][1])[:n]]
