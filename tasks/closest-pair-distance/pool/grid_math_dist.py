import math


def closest_distance(points):
    # The grid method with float distances (math.dist) and a dict of lists built by setdefault.
    pts = [tuple(p) for p in points]
    best = math.inf
    for order in (sorted(pts), sorted(pts, key=lambda p: p[1])):
        for a, b in zip(order, order[1:]):
            best = min(best, math.dist(a, b))
    if best == 0:
        return 0.0
    side = math.floor(best) + 1
    cells = {}
    for p in pts:
        cells.setdefault((p[0] // side, p[1] // side), []).append(p)
    for (cx, cy), bucket in cells.items():
        for i in range(len(bucket)):
            for j in range(i + 1, len(bucket)):
                best = min(best, math.dist(bucket[i], bucket[j]))
        for key in ((cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
            for q in cells.get(key, ()):
                for p in bucket:
                    best = min(best, math.dist(p, q))
    return best
