import heapq


def covered_length(intervals):
    heap = [(lo, hi) for lo, hi in intervals if lo < hi]
    heapq.heapify(heap)
    total = 0
    start = end = None
    while heap:
        lo, hi = heapq.heappop(heap)
        if end is None or lo > end:
            if end is not None:
                total += end - start
            start, end = lo, hi
        elif hi > end:
            end = hi
    if end is not None:
        total += end - start
    return total
