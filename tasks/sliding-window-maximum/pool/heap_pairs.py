import heapq


def window_maxima(nums, k):
    heap = []
    out = []
    for i in range(len(nums)):
        heapq.heappush(heap, [-nums[i], i])
        while heap[0][1] < i - k + 1:
            heapq.heappop(heap)
        if i + 1 >= k:
            out.append(-heap[0][0])
    return out
