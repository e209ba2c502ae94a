from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    if not horizontals or not verticals:
        return 0
    ys = sorted(set(h[0] for h in horizontals))
    index = {y: i for i, y in enumerate(ys)}
    events = []
    for y, x1, x2 in horizontals:
        events.append((x1, 0, index[y], 0))
        events.append((x2, 2, index[y], 0))
    for x, y1, y2 in verticals:
        events.append((x, 1, bisect_left(ys, y1), bisect_right(ys, y2)))
    events.sort()
    active = [0] * len(ys)
    total = 0
    for _, kind, a, b in events:
        if kind == 0:
            active[a] += 1
        elif kind == 2:
            active[a] -= 1
        else:
            total += sum(active[a:b])
    return total
