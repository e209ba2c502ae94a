import math


def _rec(px):
    n = len(px)
    if n <= 3:
        return min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for i, a in enumerate(px) for b in px[i + 1:]),
                   default=math.inf)
    mid = n // 2
    xm = px[mid][0]
    best = min(_rec(px[:mid]), _rec(px[mid:]))
    # every pair across the strip, without sorting it by y
    left = [p for p in px[:mid] if (p[0] - xm) ** 2 < best]
    right = [p for p in px[mid:] if (p[0] - xm) ** 2 < best]
    for a in left:
        for b in right:
            d = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
            if d < best:
                best = d
    return best


def closest_distance(points):
    return math.sqrt(_rec(sorted(tuple(p) for p in points)))
