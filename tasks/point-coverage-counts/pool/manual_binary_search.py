def coverage_counts(intervals, points):
    # Sorted starts and ends, with hand-written binary searches instead of the bisect module.
    starts = sorted(iv[0] for iv in intervals)
    ends = sorted(iv[1] for iv in intervals)
    n = len(starts)

    def count_le(arr, x):
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def count_lt(arr, x):
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if arr[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    out = []
    for p in points:
        out.append(count_le(starts, p) - count_lt(ends, p))
    return out
