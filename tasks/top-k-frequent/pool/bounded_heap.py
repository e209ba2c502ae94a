import heapq
from collections import Counter


def top_k_frequent(nums, k):
    # A min-heap of the k best (count, -value) seen so far.
    if k <= 0:
        return []
    heap = []
    for v, c in Counter(nums).items():
        item = (c, -v)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    heap.sort(reverse=True)
    return [-nv for _, nv in heap]
