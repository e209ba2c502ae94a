import heapq


def skyline_area(buildings):
    # Sweep the distinct ends left to right with a max-heap of (-height, right) of the buildings started so far;
    # buildings that have ended are dropped lazily from the top.
    if not buildings:
        return 0
    starts = sorted(buildings)
    xs = sorted({x for b in buildings for x in (b[0], b[1])})
    heap = []
    i = 0
    n = len(starts)
    area = 0
    for k in range(len(xs) - 1):
        x = xs[k]
        while i < n and starts[i][0] == x:
            heapq.heappush(heap, (-starts[i][2], starts[i][1]))
            i += 1
        while heap and heap[0][1] <= x:
            heapq.heappop(heap)
        if heap:
            area += -heap[0][0] * (xs[k + 1] - x)
    return area
