def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    out = []
    for query in queries:
        l, r = list(query)
        ends = [prefix[l], prefix[r + 1]]
        out.append(ends[1] - ends[0])
    return out
