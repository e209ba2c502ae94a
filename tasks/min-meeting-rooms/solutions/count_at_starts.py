def min_meeting_rooms(meetings):
    # The number of rooms in use only grows at a start time: count the meetings running at each start.
    best = 0
    for s, _ in meetings:
        busy = 0
        for a, b in meetings:
            if a <= s < b:
                busy += 1
        if busy > best:
            best = busy
    return best
