import heapq


def min_meeting_rooms(meetings):
    rooms = []
    for m in sorted(meetings, key=lambda m: (m[0], m[1])):
        if rooms and rooms[0] <= m[0]:
            heapq.heappop(rooms)
        heapq.heappush(rooms, m[1])
    return len(rooms)
