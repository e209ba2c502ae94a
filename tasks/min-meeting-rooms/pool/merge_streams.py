import heapq


def min_meeting_rooms(meetings):
    # Merge the sorted end and start streams (ends first at equal times) and count.
    ends = sorted((m[1], 0) for m in meetings)
    starts = sorted((m[0], 1) for m in meetings)
    cur = best = 0
    for _, kind in heapq.merge(ends, starts):
        if kind:
            cur += 1
            best = max(best, cur)
        else:
            cur -= 1
    return best
