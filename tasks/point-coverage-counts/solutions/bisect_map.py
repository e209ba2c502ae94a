from bisect import bisect_left, bisect_right
from functools import partial
from operator import sub


def coverage_counts(intervals, points):
    # Intervals covering p = (starts <= p) - (ends < p). The columns are split and sorted in C, and the two binary
    # searches per point and their difference are mapped in C too, with no Python-level step per point.
    if not intervals:
        return [0] * len(points)
    starts, ends = map(sorted, zip(*intervals))
    return list(map(sub, map(partial(bisect_right, starts), points), map(partial(bisect_left, ends), points)))
