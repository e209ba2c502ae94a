import math


def closest_distance(points):
    # Grid cells three times as wide as the bound: fewer cells to visit, many more pairs per cell.
    pts = [(p[0], p[1]) for p in points]
    srt = sorted(pts)
    best = min((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in zip(srt, srt[1:]))
    if best == 0:
        return 0.0
    side = 3 * (math.isqrt(best) + 1)
    cells = {}
    for p in pts:
        cells.setdefault((p[0] // side, p[1] // side), []).append(p)
    for (cx, cy), bucket in cells.items():
        for i, (x1, y1) in enumerate(bucket):
            for x2, y2 in bucket[i + 1:]:
                d = (x1 - x2) ** 2 + (y1 - y2) ** 2
                if d < best:
                    best = d
        for key in ((cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
            for x2, y2 in cells.get(key, ()):
                for x1, y1 in bucket:
                    d = (x1 - x2) ** 2 + (y1 - y2) ** 2
                    if d < best:
                        best = d
    return math.sqrt(best)
