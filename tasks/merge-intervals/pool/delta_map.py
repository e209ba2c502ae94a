def covered_length(intervals):
    # Net change of the number of open intervals at each coordinate, then a sweep over the sorted coordinates.
    delta = {}
    for lo, hi in intervals:
        if lo < hi:
            delta[lo] = delta.get(lo, 0) + 1
            delta[hi] = delta.get(hi, 0) - 1
    total = 0
    depth = 0
    prev = None
    for x in sorted(delta):
        if depth > 0:
            total += x - prev
        depth += delta[x]
        prev = x
    return total
