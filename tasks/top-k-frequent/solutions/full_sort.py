from collections import Counter


def top_k_frequent(nums, k):
    # Count, then sort every distinct value by (-count, value).
    counts = Counter(nums)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in ranked[:k]]
