def kth_smallest(nums, k):
    # Distribute the values into 1024 buckets by range, keep the bucket holding the k-th, repeat, then sort it.
    values = nums
    while len(values) > 1000:
        lo, hi = min(values), max(values)
        if lo == hi:
            return lo
        width = (hi - lo) // 1024 + 1
        counts = [0] * 1025
        for x in values:
            counts[(x - lo) // width] += 1
        b = 0
        while k > counts[b]:
            k -= counts[b]
            b += 1
        values = [x for x in values if (x - lo) // width == b]
    return sorted(values)[k - 1]
