from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate


def coverage_counts(intervals, points):
    # Coverage is a step function: +1 at l, -1 at r + 1. Accumulate the deltas at the sorted breakpoints and look up
    # the last breakpoint at or before each point.
    delta = defaultdict(int)
    for l, r in intervals:
        delta[l] += 1
        delta[r + 1] -= 1
    keys = sorted(delta)
    levels = list(accumulate(delta[k] for k in keys))
    out = []
    for p in points:
        i = bisect_right(keys, p)
        out.append(levels[i - 1] if i else 0)
    return out
