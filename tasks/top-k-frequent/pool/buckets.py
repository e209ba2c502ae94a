def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    buckets = [[] for _ in range(len(nums) + 1)]
    for v, c in counts.items():
        buckets[c].append(v)
    out = []
    for c in range(len(nums), 0, -1):
        if buckets[c]:
            for v in sorted(buckets[c]):
                if len(out) == k:
                    return out
                out.append(v)
    return out
