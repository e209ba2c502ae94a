import math


def closest_distance(points):
    # Grid of side equal to a bound; for every point, its own cell and the four forward neighbours are joined
    # into a fresh list (a needless copy per point) and scanned.
    pts = [(p[0], p[1]) for p in points]
    srt = sorted(pts)
    best = min((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in zip(srt, srt[1:]))
    if best == 0:
        return 0.0
    side = math.isqrt(best) + 1
    cells = {}
    for i, (x, y) in enumerate(pts):
        cells.setdefault((x // side, y // side), []).append((x, y, i))
    for (cx, cy), bucket in cells.items():
        for x, y, i in bucket:
            near = bucket + cells.get((cx + 1, cy - 1), []) + cells.get((cx + 1, cy), []) \
                + cells.get((cx + 1, cy + 1), []) + cells.get((cx, cy + 1), [])
            for qx, qy, j in near:
                if j != i and ((qx, qy) != (x, y) or j > i):
                    d = (x - qx) ** 2 + (y - qy) ** 2
                    if d < best:
                        best = d
    return math.sqrt(best)
