import math


def _rec(px):
    n = len(px)
    if n <= 3:
        best = math.inf
        for i in range(n):
            for j in range(i + 1, n):
                d = (px[i][0] - px[j][0]) ** 2 + (px[i][1] - px[j][1]) ** 2
                best = min(best, d)
        return best, sorted(px, key=lambda p: p[1])
    mid = n // 2
    xm = px[mid][0]
    bl, yl = _rec(px[:mid])
    br, yr = _rec(px[mid:])
    best = min(bl, br)
    # merge the two y-sorted halves
    merged = []
    i = j = 0
    while i < len(yl) and j < len(yr):
        if yl[i][1] <= yr[j][1]:
            merged.append(yl[i])
            i += 1
        else:
            merged.append(yr[j])
            j += 1
    merged.extend(yl[i:])
    merged.extend(yr[j:])
    strip = [p for p in merged if (p[0] - xm) ** 2 < best]
    for a in range(len(strip)):
        for b in range(a + 1, min(a + 8, len(strip))):
            d = (strip[a][0] - strip[b][0]) ** 2 + (strip[a][1] - strip[b][1]) ** 2
            if d < best:
                best = d
    return best, merged


def closest_distance(points):
    return math.sqrt(_rec(sorted(tuple(p) for p in points))[0])
