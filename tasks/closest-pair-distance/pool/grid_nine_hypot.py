import math


def closest_distance(points):
    # Bound from the x-order neighbours, then a grid; each point checks the nine cells around it with math.hypot.
    pts = [tuple(p) for p in points]
    srt = sorted(pts)
    best = min(math.hypot(a[0] - b[0], a[1] - b[1]) for a, b in zip(srt, srt[1:]))
    if best == 0:
        return 0.0
    side = math.floor(best) + 1
    cells = {}
    for p in pts:
        cells.setdefault((p[0] // side, p[1] // side), []).append(p)
    for p in pts:
        cx, cy = p[0] // side, p[1] // side
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for q in cells.get((cx + dx, cy + dy), []):
                    if q is not p:
                        best = min(best, math.hypot(p[0] - q[0], p[1] - q[1]))
    return best
