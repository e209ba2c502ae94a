import heapq


def running_medians(nums):
    # Heaps of (key, index) pairs; the index is not needed but is kept for "stable" order.
    low = []
    high = []
    out = []
    for i, x in enumerate(nums):
        heapq.heappush(low, (-x, i))
        key, j = heapq.heappop(low)
        heapq.heappush(high, (-key, j))
        if len(high) > len(low):
            v, j = heapq.heappop(high)
            heapq.heappush(low, (-v, j))
        if len(low) > len(high):
            out.append(float(-low[0][0]))
        else:
            out.append((-low[0][0] + high[0][0]) / 2)
    return out
