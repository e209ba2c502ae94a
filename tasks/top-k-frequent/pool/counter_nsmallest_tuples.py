import heapq
from collections import Counter


def top_k_frequent(nums, k):
    if k <= 0:
        return []
    pairs = [(-c, v) for v, c in Counter(nums).items()]
    return [v for _, v in heapq.nsmallest(k, pairs)]
