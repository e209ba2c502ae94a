def coverage_counts(intervals, points):
    # Sweep the distinct query points in increasing order with two pointers over the sorted starts and ends:
    # coverage(p) = (starts <= p) - (ends < p), and both counts only grow as p grows, so each pointer moves forward
    # once over its list in total. Sorting (in C) is the main cost; walking sorted data is cache-friendly, unlike a
    # binary search per point in arbitrary order. Repeated points are answered once, from a dict.
    starts = sorted(iv[0] for iv in intervals)
    ends = sorted(iv[1] for iv in intervals)
    answers = {}
    i = k = 0
    n = len(intervals)
    for p in sorted(set(points)):
        while i < n and starts[i] <= p:
            i += 1
        while k < n and ends[k] < p:
            k += 1
        answers[p] = i - k
    return [answers[p] for p in points]
