from itertools import groupby
from operator import itemgetter


def double_booked(intervals):
    events = sorted([(s, 1) for s, e in intervals if s < e] + [(e, -1) for s, e in intervals if s < e])
    total = 0
    depth = 0
    prev = None
    for t, group in groupby(events, key=itemgetter(0)):
        if depth >= 2:
            total += t - prev
        depth += sum(d for _, d in group)
        prev = t
    return total
