import heapq


def skyline_area(buildings):
    # One event per end: starts push (-height, right) on a heap; at every event the heap top (ended buildings
    # popped first) is the height of the stretch since the previous event.
    events = sorted([(l, -h, r) for l, r, h in buildings] + [(r, 0, 0) for l, r, h in buildings])
    heap = [(0, float("inf"))]
    area = 0
    prev_x = 0
    for x, neg_h, r in events:
        while heap[0][1] <= prev_x:
            heapq.heappop(heap)
        area += -heap[0][0] * (x - prev_x)
        if neg_h:
            heapq.heappush(heap, (neg_h, r))
        prev_x = x
    return area
