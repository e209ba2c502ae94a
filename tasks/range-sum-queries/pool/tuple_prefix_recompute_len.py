def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix += [prefix[-1] + x]
    out = []
    for l, r in queries:
        if 0 <= l <= r < len(prefix) - 1:
            out += [prefix[r + 1] - prefix[l]]
    return out
