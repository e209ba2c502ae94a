def min_meeting_rooms(meetings):
    n = len(meetings)
    starts = sorted(m[0] for m in meetings)
    ends = sorted(m[1] for m in meetings)
    i = j = 0
    used = best = 0
    while i < n:
        if starts[i] < ends[j]:
            used += 1
            i += 1
            if used > best:
                best = used
        else:
            used -= 1
            j += 1
    return best
