import heapq


def nearest_sum(nums, target, m):
    # Keep the m best seen so far in a max-heap (negated keys); replace the worst when a nearer value comes.
    if m == 0:
        return 0
    heap = []
    for x in nums:
        key = (-abs(x - target), -x)
        if len(heap) < m:
            heapq.heappush(heap, key)
        elif key > heap[0]:
            heapq.heapreplace(heap, key)
    return -sum(k[1] for k in heap)
