def cross(o, a, b):
    """z component of (a - o) x (b - o): positive for a left turn o -> a -> b."""
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull_size(points):
    # Monotone chain with the orientation test in a helper function.
    pts = sorted(set(tuple(p) for p in points))
    if len(pts) < 3:
        return len(pts)
    hull_lower, hull_upper = [], []
    for p in pts:
        while len(hull_lower) > 1 and cross(hull_lower[-2], hull_lower[-1], p) <= 0:
            hull_lower.pop()
        hull_lower.append(p)
    for p in reversed(pts):
        while len(hull_upper) > 1 and cross(hull_upper[-2], hull_upper[-1], p) <= 0:
            hull_upper.pop()
        hull_upper.append(p)
    return len(hull_lower) - 1 + len(hull_upper) - 1
