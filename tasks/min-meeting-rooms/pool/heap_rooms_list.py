import heapq


def min_meeting_rooms(meetings):
    # Heap of end times; a meeting reuses the room that frees up first, otherwise opens one.
    ordered = sorted(meetings)
    ends = []
    rooms = 0
    for start, end in ordered:
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        rooms = max(rooms, len(ends))
    return rooms
