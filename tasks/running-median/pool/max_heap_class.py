import heapq


class Desc:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


def running_medians(nums):
    # The lower half is a heap of wrapper objects ordered in reverse.
    lower = []
    upper = []
    out = []
    for x in nums:
        if lower and x > lower[0].v:
            heapq.heappush(upper, x)
        else:
            heapq.heappush(lower, Desc(x))
        if len(lower) > len(upper) + 1:
            heapq.heappush(upper, heapq.heappop(lower).v)
        elif len(upper) > len(lower):
            heapq.heappush(lower, Desc(heapq.heappop(upper)))
        if len(lower) > len(upper):
            out.append(float(lower[0].v))
        else:
            out.append((lower[0].v + upper[0]) / 2)
    return out
