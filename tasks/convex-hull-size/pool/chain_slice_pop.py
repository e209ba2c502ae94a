def convex_hull_size(points):
    # Monotone chain that drops the last hull vertex by rebuilding the list without it (hull = hull[:-1]).
    pts = sorted({(p[0], p[1]) for p in points})
    if len(pts) <= 2:
        return len(pts)
    total = 0
    for seq in (pts, list(reversed(pts))):
        hull = []
        for p in seq:
            while len(hull) >= 2:
                o, a = hull[-2], hull[-1]
                if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) <= 0:
                    hull = hull[:-1]
                else:
                    break
            hull = hull + [p]
        total += len(hull) - 1
    return total
