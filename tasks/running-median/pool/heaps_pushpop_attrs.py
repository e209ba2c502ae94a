import heapq


def running_medians(nums):
    lower = []   # negated
    upper = []
    out = []
    for x in nums:
        if len(lower) == len(upper):
            heapq.heappush(lower, -heapq.heappushpop(upper, x))
        else:
            heapq.heappush(upper, -heapq.heappushpop(lower, -x))
        if len(lower) > len(upper):
            out.append(float(-lower[0]))
        else:
            out.append((upper[0] - lower[0]) / 2)
    return out
