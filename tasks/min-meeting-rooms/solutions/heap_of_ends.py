import heapq


def min_meeting_rooms(meetings):
    # Process meetings by start time; a min-heap holds the end times of the rooms in use.
    ends = []
    for s, e in sorted(meetings):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)
