import heapq
from collections import defaultdict


def skyline_area(buildings):
    # Starts grouped by x in a dict; sweep the sorted distinct ends with a heap of (-height, right), dropping
    # ended buildings from the top when they surface.
    starts = defaultdict(list)
    ends = set()
    for left, right, h in buildings:
        starts[left].append((-h, right))
        ends.add(left)
        ends.add(right)
    xs = sorted(ends)
    heap = []
    area = 0
    for x, x_next in zip(xs, xs[1:]):
        for item in starts.get(x, ()):
            heapq.heappush(heap, item)
        while heap and heap[0][1] <= x:
            heapq.heappop(heap)
        if heap:
            area -= heap[0][0] * (x_next - x)
    return area
