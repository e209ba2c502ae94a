def top_k_frequent(nums, k):
    # Count in a dict, then pick the best remaining value k times by a full scan.
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    result = []
    for _ in range(min(k, len(counts))):
        best = None
        best_count = -1
        for v, c in counts.items():
            if c > best_count or (c == best_count and v < best):
                best, best_count = v, c
        result.append(best)
        del counts[best]
    return result
