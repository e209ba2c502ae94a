import math


def closest_distance(points):
    # Bound from x-order neighbours, then a grid of that side; every point looks at all 9 surrounding cells
    # (each pair is compared twice).
    pts = [tuple(p) for p in points]
    srt = sorted(pts)
    best = min((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in zip(srt, srt[1:]))
    if best == 0:
        return 0.0
    side = math.isqrt(best) + 1
    cells = {}
    for i, (x, y) in enumerate(pts):
        cells.setdefault((x // side, y // side), []).append(i)
    for i, (x, y) in enumerate(pts):
        cx, cy = x // side, y // side
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in cells.get((cx + dx, cy + dy), ()):
                    if j != i:
                        d = (x - pts[j][0]) ** 2 + (y - pts[j][1]) ** 2
                        if d < best:
                            best = d
    return math.sqrt(best)
