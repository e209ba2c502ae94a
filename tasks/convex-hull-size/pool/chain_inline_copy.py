def convex_hull_size(points):
    # Monotone chain written out twice (lower hull over the sorted points, upper hull over a reversed copy),
    # with the cross product spelled out on tuple indices.
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return len(pts)
    lower = []
    for p in pts:
        while len(lower) >= 2 and (lower[-1][0] - lower[-2][0]) * (p[1] - lower[-2][1]) - \
                (lower[-1][1] - lower[-2][1]) * (p[0] - lower[-2][0]) <= 0:
            lower.pop()
        lower.append(p)
    upper = []
    for p in pts[::-1]:
        while len(upper) >= 2 and (upper[-1][0] - upper[-2][0]) * (p[1] - upper[-2][1]) - \
                (upper[-1][1] - upper[-2][1]) * (p[0] - upper[-2][0]) <= 0:
            upper.pop()
        upper.append(p)
    return len(lower) + len(upper) - 2
