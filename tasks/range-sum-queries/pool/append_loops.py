def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    out = []
    for q in queries:
        out.append(prefix[q[1] + 1] - prefix[q[0]])
    return out
