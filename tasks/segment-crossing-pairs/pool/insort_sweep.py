from bisect import bisect_left, bisect_right, insort


def count_crossings(horizontals, verticals):
    events = []
    for y, x1, x2 in horizontals:
        events.append((x1, 0, y, 0))
        events.append((x2, 2, y, 0))
    for x, y1, y2 in verticals:
        events.append((x, 1, y1, y2))
    events.sort()
    active = []
    total = 0
    for x, kind, a, b in events:
        if kind == 0:
            insort(active, a)
        elif kind == 2:
            del active[bisect_left(active, a)]
        else:
            total += bisect_right(active, b) - bisect_left(active, a)
    return total
