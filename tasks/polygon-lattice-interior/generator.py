import math


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _on_segment(p, a, b):
    return (_cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def _crossing(a, b, c, d):
    d1, d2, d3, d4 = _cross(c, d, a), _cross(c, d, b), _cross(a, b, c), _cross(a, b, d)
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    return _on_segment(a, c, d) or _on_segment(b, c, d) or _on_segment(c, a, b) or _on_segment(d, a, b)


def _simple(pts):
    # Non-adjacent edges may not meet at all; adjacent edges may share only their common vertex (no fold-back).
    k = len(pts)
    for i in range(k):
        a, b = pts[i], pts[(i + 1) % k]
        c = pts[(i + 2) % k]
        if _on_segment(c, a, b) or _on_segment(a, b, c):
            return False
        for j in range(i + 2, k):
            if i == 0 and j == k - 1:
                continue
            if _crossing(a, b, pts[j], pts[(j + 1) % k]):
                return False
    return True


def _twice_area(pts):
    k = len(pts)
    return sum(pts[i][0] * pts[(i + 1) % k][1] - pts[(i + 1) % k][0] * pts[i][1] for i in range(k))


def _polygon(rng, vertices, radius):
    # Distinct lattice points around the origin in angle order (a star-shaped polygon), drawn again until simple and
    # of positive area; then shifted anywhere in the plane, started at a random vertex and given a random direction.
    while True:
        pts = set()
        while len(pts) < vertices:
            pts.add((rng.randint(-radius, radius), rng.randint(-radius, radius)))
        pts = sorted(pts)
        pts.sort(key=lambda p: (math.atan2(p[1], p[0]), p[0] * p[0] + p[1] * p[1]))
        if _twice_area(pts) != 0 and _simple(pts):
            break
    dx, dy = rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 6, 10 ** 6)
    start = rng.randrange(vertices)
    pts = pts[start:] + pts[:start]
    if rng.random() < 0.5:
        pts.reverse()
    return [[x + dx, y + dy] for x, y in pts]


def generate(size, rng):
    # Simple lattice polygons (convex or not, either direction) of about `size` vertices in all: every polygon has
    # 3 to m vertices within `radius` of its centre, with m from 5 to 12 and the radius from 2 to 5 drawn per test
    # (first, so one seed keeps the shape at every size), so the polygons' size does not grow with `size`.
    radius = rng.randint(2, 5)
    most = rng.randint(5, 12)
    polygons = []
    total = 0
    while total < size:
        polygon = _polygon(rng, rng.randint(3, most), radius)
        polygons.append(polygon)
        total += len(polygon)
    return [polygons]
