from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    return sorted(counts, key=lambda v: (-counts[v], v))[:k]
