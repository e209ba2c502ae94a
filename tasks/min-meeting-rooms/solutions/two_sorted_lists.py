def min_meeting_rooms(meetings):
    # Sweep over sorted start times, releasing every meeting whose end time is <= the current start.
    starts = sorted([m[0] for m in meetings])
    ends = sorted([m[1] for m in meetings])
    j = 0
    in_use = 0
    best = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            in_use -= 1
        in_use += 1
        if in_use > best:
            best = in_use
    return best
