def kth_smallest(nums, k):
    # Narrow the range with 16 buckets per pass (more passes than needed), then sort what is left.
    values = nums
    while len(values) > 64:
        lo, hi = min(values), max(values)
        if lo == hi:
            return lo
        width = (hi - lo) // 16 + 1
        counts = [0] * 17
        for x in values:
            counts[(x - lo) // width] += 1
        b = 0
        while k > counts[b]:
            k -= counts[b]
            b += 1
        values = [x for x in values if (x - lo) // width == b]
    return sorted(values)[k - 1]
