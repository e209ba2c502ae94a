import heapq


def running_medians(nums):
    # Two heaps, with a second (redundant) comparison of the tops after each insertion.
    low = []
    high = []
    out = []
    for x in nums:
        if len(low) <= len(high):
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if high and -low[0] > high[0]:
            a = -heapq.heappop(low)
            b = heapq.heappop(high)
            heapq.heappush(low, -b)
            heapq.heappush(high, a)
        if len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out
