from bisect import bisect_left, bisect_right


def coverage_counts(intervals, points):
    # Binary searches as in the textbook, with a cache for points asked more than once.
    starts = []
    ends = []
    for interval in intervals:
        starts.append(interval[0])
        ends.append(interval[1])
    starts.sort()
    ends.sort()
    cache = {}
    result = []
    for p in points:
        if p not in cache:
            cache[p] = bisect_right(starts, p) - bisect_left(ends, p)
        result.append(cache[p])
    return result
