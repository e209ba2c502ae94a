import heapq


def running_medians(nums):
    # low: max-heap (negated) of the smaller half, high: min-heap of the larger half; len(low) >= len(high).
    low = []
    high = []
    out = []
    push = heapq.heappush
    pushpop = heapq.heappushpop
    append = out.append
    for x in nums:
        if len(low) == len(high):
            # The new median is the max of the smaller half after routing x through the larger half.
            push(low, -pushpop(high, x))
            append(float(-low[0]))
        else:
            push(high, -pushpop(low, -x))
            append((high[0] - low[0]) / 2)
    return out
