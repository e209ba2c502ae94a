import heapq


def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        if x in counts:
            counts[x] += 1
        else:
            counts[x] = 1
    if k <= 0:
        return []
    return heapq.nsmallest(k, counts, key=lambda v: (-counts[v], v))
