from functools import cmp_to_key


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _dist2(o, a):
    return (a[0] - o[0]) ** 2 + (a[1] - o[1]) ** 2


def convex_hull_size(points):
    # Graham scan: the points sorted by angle around the lowest point with a comparator built from cross-product
    # and distance helpers; the scan keeps only strict left turns.
    pts = []
    for p in points:
        t = (p[0], p[1])
        if t not in pts[-1:]:
            pts.append(t)
    pts = list(set(pts))
    if len(pts) <= 2:
        return len(pts)
    pivot = min(pts, key=lambda p: (p[1], p[0]))
    rest = [p for p in pts if p != pivot]

    def by_angle(a, b):
        turn = _cross(pivot, a, b)
        if turn != 0:
            return -1 if turn > 0 else 1
        da, db = _dist2(pivot, a), _dist2(pivot, b)
        return (da > db) - (da < db)

    rest.sort(key=cmp_to_key(by_angle))
    hull = [pivot]
    for p in rest:
        while len(hull) > 1 and _cross(hull[-2], hull[-1], p) <= 0:
            hull.pop()
        hull.append(p)
    return len(hull)
