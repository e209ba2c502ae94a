import bisect


def coverage_counts(intervals, points):
    # Binary searches in sorted starts and ends, in a list comprehension.
    starts = sorted([iv[0] for iv in intervals])
    ends = sorted([iv[1] for iv in intervals])
    return [bisect.bisect_right(starts, p) - bisect.bisect_left(ends, p) for p in points]
