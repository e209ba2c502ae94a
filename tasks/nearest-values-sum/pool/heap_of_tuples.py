import heapq


def nearest_sum(nums, target, m):
    heap = [(abs(x - target), x) for x in nums]
    heapq.heapify(heap)
    total = 0
    for _ in range(m):
        total += heapq.heappop(heap)[1]
    return total
