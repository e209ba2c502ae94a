from heapq import heappush, heappushpop


def running_medians(nums):
    lo = []
    hi = []
    res = []
    for i, x in enumerate(nums):
        if i % 2 == 0:
            heappush(lo, -heappushpop(hi, x))
            res.append(-lo[0] * 1.0)
        else:
            heappush(hi, -heappushpop(lo, -x))
            res.append((hi[0] - lo[0]) / 2)
    return res
