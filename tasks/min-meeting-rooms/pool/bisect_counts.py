from bisect import bisect_right


def min_meeting_rooms(meetings):
    # At each start s, the meetings in progress are those started by s minus those ended by s.
    starts = sorted(m[0] for m in meetings)
    ends = sorted(m[1] for m in meetings)
    best = 0
    for s in starts:
        busy = bisect_right(starts, s) - bisect_right(ends, s)
        if busy > best:
            best = busy
    return best
