def min_meeting_rooms(meetings):
    starts = []
    ends = []
    for m in meetings:
        starts.append(m[0])
        ends.append(m[1])
    starts.sort()
    ends.sort()
    best = 0
    active = 0
    k = 0
    for s in starts:
        active += 1
        while ends[k] <= s:
            k += 1
            active -= 1
        best = max(best, active)
    return best
