def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    memo = {}
    out = []
    for q in queries:
        key = (q[0], q[1])
        if key not in memo:
            memo[key] = prefix[q[1] + 1] - prefix[q[0]]
        out.append(memo[key])
    return out
