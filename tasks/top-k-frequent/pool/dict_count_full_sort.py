def top_k_frequent(nums, k):
    # Count with a plain dict loop, then sort every distinct value by (-count, value).
    counts = {}
    for x in nums:
        if x in counts:
            counts[x] += 1
        else:
            counts[x] = 1
    ranked = sorted(counts, key=lambda v: (-counts[v], v))
    return ranked[:k]
