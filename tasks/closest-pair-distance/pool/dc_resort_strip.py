import math


def _solve(pts):
    n = len(pts)
    if n <= 3:
        return min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
                    for i, a in enumerate(pts) for b in pts[i + 1:]), default=math.inf)
    mid = n // 2
    xm = pts[mid][0]
    best = min(_solve(pts[:mid]), _solve(pts[mid:]))
    # the strip is sorted by y again at every level: O(n log^2 n)
    strip = sorted((p for p in pts if (p[0] - xm) ** 2 < best), key=lambda p: p[1])
    for i in range(len(strip)):
        for j in range(i + 1, len(strip)):
            dy = strip[j][1] - strip[i][1]
            if dy * dy >= best:
                break
            d = (strip[j][0] - strip[i][0]) ** 2 + dy * dy
            if d < best:
                best = d
    return best


def closest_distance(points):
    return math.sqrt(_solve(sorted(tuple(p) for p in points)))
