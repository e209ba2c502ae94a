def coverage_counts(intervals, points):
    # Sort the starts, the ends and the points; walk the three sorted lists together.
    starts = sorted(l for l, _ in intervals)
    ends = sorted(r for _, r in intervals)
    queries = sorted((p, j) for j, p in enumerate(points))
    out = [0] * len(points)
    i = k = 0
    n = len(starts)
    for p, j in queries:
        while i < n and starts[i] <= p:
            i += 1
        while k < n and ends[k] < p:
            k += 1
        out[j] = i - k
    return out
