"""Where a sample spends its cost beyond the expert: per function name, its share of each profile's total.

Shares, not absolute costs, because the two ran different amounts of work; a function's inclusive share says how
much of the run happened inside it (``list.index`` 78 % of the sample, 0 % of the expert).  Functions are matched
by name (the Python-level name where the profiler's could be mapped), several symbols of one name counting once
(the largest inclusive; a wrapper contains its ``_impl``), self costs summed.
"""
from __future__ import annotations

from dataclasses import dataclass
from graphlib import TopologicalSorter

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

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
    """The functions with the largest excess of the sample's share over the expert's, inclusive or self (a sample
    whose hot loop is in its entry point spends its excess there, as self cost).  A function whose
    excess is (nearly: :data:`EXPLAINED`) all in a function it calls is left out for that one: the call of the
    entry point or a list comprehension says less than the ``list.index`` inside it."""
    mine, theirs = _by_name(sample), _by_name(expert)
    table = []
    for name, (inc, own, calls) in mine.items():
        e_inc, e_own, e_calls = theirs.get(name, (0.0, 0.0, 0))
        if inc - e_inc >= MIN_GAP or own - e_own >= MIN_GAP:
            table.append(Row(name, inc, e_inc, min(1.0, own), min(1.0, e_own), calls, e_calls))
    excess = {r.name: r.sample - r.expert for r in table}
    below = _largest_reached(sample, excess)
    score = {}
    for r in table:
        own = r.sample_self - r.expert_self
        explained = below[r.name] >= EXPLAINED * excess[r.name]
        # a caller whose excess a callee explains keeps only its own; else the larger of the two counts (the loop
        # of the entry point itself spends its excess as self cost)
        score[r.name] = own if explained else max(excess[r.name], own)
    table = [r for r in table if score[r.name] >= MIN_GAP]
    table.sort(key=lambda r: (-score[r.name], r.name))
    return table[:rows]


EXPLAINED = 0.9


def _largest_reached(profile: Profile, excess: dict[str, float]) -> dict[str, float]:
    """For each name, the largest excess among the *other* names of *excess* it reaches through calls, transitively
    (-inf if none).  Linear in the call graph: its strongly connected components (whose members all reach one
    another), taken callees first, each passing on the largest excess of what it reaches.  A search from every name
    was quadratic: a sample's chain of 6000 functions took 1.2 GB and seconds to render its report."""
    names = sorted({f.name for f in profile.functions} | set(excess))
    index = {name: i for i, name in enumerate(names)}
    edges = {(index[profile.functions[a.caller].name], index[profile.functions[a.callee].name]) for a in profile.arcs}
    src, dst = (list(side) for side in zip(*edges)) if edges else ([], [])
    graph = csr_matrix((np.ones(len(src)), (src, dst)), shape=(len(names), len(names)))
    count, component = connected_components(graph, directed=True, connection="strong")
    members: list[list[int]] = [[] for _ in range(count)]
    for i, c in enumerate(component):
        members[c].append(i)
    callees: dict[int, set[int]] = {c: set() for c in range(count)}
    for a, b in edges:
        if component[a] != component[b]:
            callees[component[a]].add(component[b])
    inf = float("-inf")
    value = [excess.get(name, inf) for name in names]
    within = [sorted((value[i] for i in group), reverse=True)[:2] + [inf] for group in members]
    beyond = [inf] * count  # the largest excess in the components a component calls, and in what they reach
    for c in TopologicalSorter(callees).static_order():  # a component after every one it calls
        for d in callees[c]:
            beyond[c] = max(beyond[c], beyond[d], within[d][0])
    out = {}
    for name in excess:
        i = index[name]
        c = component[i]
        first, second = within[c][0], within[c][1]
        others = (second if value[i] == first else first) if len(members[c]) > 1 else inf
        out[name] = max(beyond[c], others)
    return out


def top_self(profile: Profile, n: int = 1) -> list[str]:
    """The functions with the largest own cost: where the run's work actually happened."""
    return [name for name, _ in sorted(_by_name(profile).items(), key=lambda kv: -kv[1][1])[:n]]
