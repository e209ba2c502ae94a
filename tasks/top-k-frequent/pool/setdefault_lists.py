def top_k_frequent(nums, k):
    # Group equal values into lists, then rank the groups.
    groups = {}
    for x in nums:
        groups.setdefault(x, []).append(x)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    return [g[0] for g in ranked[:k]]
