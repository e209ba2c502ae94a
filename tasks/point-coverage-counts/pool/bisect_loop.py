from bisect import bisect_left, bisect_right


def coverage_counts(intervals, points):
    # Intervals covering p = (starts <= p) - (ends < p); both counts are binary searches in sorted lists.
    starts = sorted(l for l, r in intervals)
    ends = sorted(r for l, r in intervals)
    result = []
    for p in points:
        result.append(bisect_right(starts, p) - bisect_left(ends, p))
    return result
