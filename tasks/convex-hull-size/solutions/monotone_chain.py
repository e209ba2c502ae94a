def convex_hull_size(points):
    # Andrew's monotone chain on the lexicographically sorted distinct points; collinear points are popped.
    pts = sorted({(p[0], p[1]) for p in points})
    n = len(pts)
    if n <= 2:
        return n

    def half(seq):
        hull = []
        for x, y in seq:
            while len(hull) >= 2:
                ox, oy = hull[-2]
                ax, ay = hull[-1]
                if (ax - ox) * (y - oy) - (ay - oy) * (x - ox) <= 0:
                    hull.pop()
                else:
                    break
            hull.append((x, y))
        return hull

    lower = half(pts)
    upper = half(reversed(pts))
    return len(lower) + len(upper) - 2
