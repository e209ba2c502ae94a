import heapq


def nearest_sum(nums, target, m):
    closest = heapq.nsmallest(m, nums, key=lambda x: (abs(x - target), x))
    return sum(closest)
