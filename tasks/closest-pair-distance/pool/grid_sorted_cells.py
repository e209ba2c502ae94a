import math


def closest_distance(points):
    # Grid of side equal to a bound, stored as a sorted list of (cell, point) and searched by bisect.
    import bisect
    pts = sorted(tuple(p) for p in points)
    best = min((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in zip(pts, pts[1:]))
    if best == 0:
        return 0.0
    side = math.isqrt(best) + 1
    keyed = sorted(((x // side, y // side), (x, y)) for x, y in pts)
    keys = [k for k, _ in keyed]
    for (cx, cy), (x, y) in keyed:
        for key in ((cx, cy), (cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
            lo = bisect.bisect_left(keys, key)
            hi = bisect.bisect_right(keys, key)
            for k in range(lo, hi):
                qx, qy = keyed[k][1]
                if (qx, qy) != (x, y) or key != (cx, cy):
                    d = (x - qx) ** 2 + (y - qy) ** 2
                    if d < best and (key != (cx, cy) or (qx, qy) > (x, y)):
                        best = d
    return math.sqrt(best)
