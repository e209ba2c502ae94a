def top_k_frequent(nums, k):
    # Count with try/except (a KeyError for every first sighting), then rank every distinct value.
    counts = {}
    for x in nums:
        try:
            counts[x] += 1
        except KeyError:
            counts[x] = 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in ranked[:k]]
