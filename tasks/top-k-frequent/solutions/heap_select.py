import heapq
from collections import Counter


def top_k_frequent(nums, k):
    # Count, then keep only the k best with a heap of size k.
    counts = Counter(nums)
    if k <= 0:
        return []
    best = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in best]
