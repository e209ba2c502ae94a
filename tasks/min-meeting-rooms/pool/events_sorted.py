def min_meeting_rooms(meetings):
    # (time, +1/-1) events; at equal times the end (-1) sorts first, freeing the room.
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    cur = best = 0
    for _, d in events:
        cur += d
        if cur > best:
            best = cur
    return best
