import heapq


def coverage_counts(intervals, points):
    # Visit the points in increasing order; push the ends of the intervals that have started, pop those that ended
    # before the point: the heap's size is the coverage.
    ivs = sorted(intervals, key=lambda iv: iv[0])
    order = sorted(range(len(points)), key=lambda j: points[j])
    res = [0] * len(points)
    heap = []
    i = 0
    for j in order:
        p = points[j]
        while i < len(ivs) and ivs[i][0] <= p:
            heapq.heappush(heap, ivs[i][1])
            i += 1
        while heap and heap[0] < p:
            heapq.heappop(heap)
        res[j] = len(heap)
    return res
