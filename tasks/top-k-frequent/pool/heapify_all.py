import heapq
from collections import Counter


def top_k_frequent(nums, k):
    heap = [(-c, v) for v, c in Counter(nums).items()]
    heapq.heapify(heap)
    out = []
    while heap and len(out) < k:
        out.append(heapq.heappop(heap)[1])
    return out
