import math


def _closest(px, py):
    """Smallest squared distance among the points px (sorted by x) = py (the same points sorted by y)."""
    n = len(px)
    if n <= 3:
        best = math.inf
        for i in range(n):
            for j in range(i + 1, n):
                d = (px[i][0] - px[j][0]) ** 2 + (px[i][1] - px[j][1]) ** 2
                if d < best:
                    best = d
        return best
    mid = n // 2
    left_x, right_x = px[:mid], px[mid:]
    split = px[mid]
    left_set = set(left_x)
    # split the y-sorted list the same way (points equal to one on the left go left, as many times as there)
    left_y, right_y = [], []
    quota = {}
    for p in left_x:
        quota[p] = quota.get(p, 0) + 1
    for p in py:
        if p in left_set and quota[p] > 0:
            quota[p] -= 1
            left_y.append(p)
        else:
            right_y.append(p)
    best = min(_closest(left_x, left_y), _closest(right_x, right_y))
    # the strip around the dividing line, in y order: each point needs only the next few neighbours
    strip = [p for p in py if (p[0] - split[0]) ** 2 < best]
    for i, (x1, y1) in enumerate(strip):
        for j in range(i + 1, len(strip)):
            x2, y2 = strip[j]
            dy = y2 - y1
            if dy * dy >= best:
                break
            d = (x1 - x2) ** 2 + dy * dy
            if d < best:
                best = d
    return best


def closest_distance(points):
    # Classic divide and conquer (Shamos-Hoey): split by x, solve both halves, then check the strip.
    pts = [tuple(p) for p in points]
    px = sorted(pts)
    py = sorted(pts, key=lambda p: (p[1], p[0]))
    return math.sqrt(_closest(px, py))
