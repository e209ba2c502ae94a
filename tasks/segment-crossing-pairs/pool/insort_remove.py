import bisect


def count_crossings(horizontals, verticals):
    # sweep over x, keeping the y values of the horizontals that are currently "open" in a sorted list
    events = []
    for h in horizontals:
        y, x1, x2 = h
        events.append((x1, 0, y, y))   # open
        events.append((x2, 2, y, y))   # close (after the verticals at the same x)
    for v in verticals:
        x, y1, y2 = v
        events.append((x, 1, y1, y2))
    events.sort(key=lambda e: (e[0], e[1]))
    active = []
    count = 0
    for x, t, lo, hi in events:
        if t == 0:
            bisect.insort(active, lo)
        elif t == 1:
            left = bisect.bisect_left(active, lo)
            right = bisect.bisect_right(active, hi)
            count += right - left
        else:
            active.remove(lo)
    return count
