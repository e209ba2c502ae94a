import heapq


def double_booked(intervals):
    # Walk the bookings by start; a heap holds the ends of the open ones. Before each start, close the bookings
    # that ended, adding the double-booked stretches between consecutive events.
    items = sorted([s, e] for s, e in intervals if s < e)
    heap = []
    total = 0
    prev = None
    for s, e in items:
        while heap and heap[0] <= s:
            end = heapq.heappop(heap)
            if len(heap) + 1 >= 2:
                total += end - prev
            prev = end
        if prev is not None and len(heap) >= 2:
            total += s - prev
        prev = s
        heapq.heappush(heap, e)
    while heap:
        end = heapq.heappop(heap)
        if len(heap) + 1 >= 2:
            total += end - prev
        prev = end
    return total
