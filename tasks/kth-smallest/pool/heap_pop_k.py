import heapq


def kth_smallest(nums, k):
    # Turn a copy into a min-heap and pop the k - 1 smallest values off it; the top is then the answer.
    heap = list(nums)
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return heap[0]
