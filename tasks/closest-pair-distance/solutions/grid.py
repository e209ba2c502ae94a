import math


def closest_distance(points):
    # 1. An upper bound d on the answer: the closest of the neighbouring pairs in x order and in y order.
    # 2. Cells of side d: the closest pair lies in the same or in adjacent cells, so each point is compared only
    #    with the points of its own cell and of four of the neighbouring ones (each adjacent pair of cells once).
    pts = [(p[0], p[1]) for p in points]
    best = math.inf
    for order in (sorted(pts), sorted(pts, key=lambda p: (p[1], p[0]))):
        for (x1, y1), (x2, y2) in zip(order, order[1:]):
            d = (x1 - x2) ** 2 + (y1 - y2) ** 2
            if d < best:
                best = d
    if best == 0:
        return 0.0
    side = math.isqrt(best) + 1            # side * side > best
    cells = {}
    for p in pts:
        key = (p[0] // side, p[1] // side)
        bucket = cells.get(key)
        if bucket is None:
            cells[key] = [p]
        else:
            bucket.append(p)
    for (cx, cy), bucket in cells.items():
        for i, (x1, y1) in enumerate(bucket):
            for j in range(i + 1, len(bucket)):
                x2, y2 = bucket[j]
                d = (x1 - x2) ** 2 + (y1 - y2) ** 2
                if d < best:
                    best = d
        for key in ((cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
            other = cells.get(key)
            if other is None:
                continue
            for x1, y1 in bucket:
                for x2, y2 in other:
                    d = (x1 - x2) ** 2 + (y1 - y2) ** 2
                    if d < best:
                        best = d
    return math.sqrt(best)
