def top_k_frequent(nums, k):
    # Count the values' decimal strings, then convert every key back to an integer to rank them.
    counts = {}
    for x in nums:
        key = str(x)
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], int(item[0])))
    return [int(v) for v, _ in ranked[:k]]
