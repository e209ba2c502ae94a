from collections import Counter


def min_meeting_rooms(meetings):
    opened = Counter(m[0] for m in meetings)
    closed = Counter(m[1] for m in meetings)
    cur = best = 0
    for t in sorted(set(opened) | set(closed)):
        cur += opened[t] - closed[t]
        if cur > best:
            best = cur
    return best
