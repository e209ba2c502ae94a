import math


def _rec(pts):
    n = len(pts)
    if n <= 3:
        best = math.inf
        for i in range(n):
            for j in range(i + 1, n):
                best = min(best, (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2)
        return best
    srt = sorted(pts)  # sorted again at every level
    mid = n // 2
    xm = srt[mid][0]
    best = min(_rec(srt[:mid]), _rec(srt[mid:]))
    strip = sorted([p for p in srt if (p[0] - xm) ** 2 < best], key=lambda p: p[1])
    for i in range(len(strip)):
        for j in range(i + 1, len(strip)):
            dy = strip[j][1] - strip[i][1]
            if dy * dy >= best:
                break
            best = min(best, (strip[j][0] - strip[i][0]) ** 2 + dy * dy)
    return best


def closest_distance(points):
    return math.sqrt(_rec([tuple(p) for p in points]))
