import heapq


class Entry:
    """A heap entry ordered by decreasing value."""

    __slots__ = ("value", "index")

    def __init__(self, value, index):
        self.value = value
        self.index = index

    def __lt__(self, other):
        return self.value > other.value


def window_maxima(nums, k):
    heap = []
    out = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, Entry(x, i))
        while heap[0].index <= i - k:
            heapq.heappop(heap)
        if i >= k - 1:
            out.append(heap[0].value)
    return out
