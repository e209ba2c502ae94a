def min_meeting_rooms(meetings):
    starts = sorted(meetings, key=lambda m: m[0])
    ends = sorted(m[1] for m in meetings)
    rooms = best = 0
    j = 0
    for m in starts:
        while ends[j] <= m[0]:
            j += 1
            rooms -= 1
        rooms += 1
        best = max(best, rooms)
    return best
