import heapq


def window_maxima(nums, k):
    # Max-heap of values with a count of values waiting to be deleted once they surface.
    heap = []
    pending = {}
    out = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, -x)
        if i >= k:
            old = nums[i - k]
            pending[old] = pending.get(old, 0) + 1
        while pending.get(-heap[0], 0):
            pending[-heap[0]] -= 1
            heapq.heappop(heap)
        if i >= k - 1:
            out.append(-heap[0])
    return out
