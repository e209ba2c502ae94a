import heapq


def skyline_area(buildings):
    # Heap sweep over the distinct ends with [-height, right] lists as heap entries and gap indices by bisection.
    from bisect import bisect_left
    xs = sorted(set([b[0] for b in buildings]) | set([b[1] for b in buildings]))
    by_start = [[] for _ in xs]
    for l, r, h in buildings:
        by_start[bisect_left(xs, l)].append([-h, r])
    heap = []
    area = 0
    for k in range(len(xs) - 1):
        for entry in by_start[k]:
            heapq.heappush(heap, entry)
        while heap and heap[0][1] <= xs[k]:
            heapq.heappop(heap)
        if heap:
            area += -heap[0][0] * (xs[k + 1] - xs[k])
    return area
