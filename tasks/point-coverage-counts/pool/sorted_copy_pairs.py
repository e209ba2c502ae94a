from bisect import bisect_left, bisect_right


def coverage_counts(intervals, points):
    # Copy and sort the intervals twice (by start, by end), then pull the columns out for the binary searches.
    by_start = sorted([list(iv) for iv in intervals], key=lambda iv: (iv[0], iv[1]))
    by_end = sorted([list(iv) for iv in intervals], key=lambda iv: (iv[1], iv[0]))
    starts = [iv[0] for iv in by_start]
    ends = [iv[1] for iv in by_end]
    counts = []
    for p in points:
        covered = bisect_right(starts, p)
        finished = bisect_left(ends, p)
        counts.append(covered - finished)
    return counts
