from functools import cmp_to_key


def _lexicographic(p, q):
    if p[0] != q[0]:
        return -1 if p[0] < q[0] else 1
    if p[1] != q[1]:
        return -1 if p[1] < q[1] else 1
    return 0


def convex_hull_size(points):
    # Monotone chain with the points ordered by an explicit comparison function (cmp_to_key).
    unique = list({(x, y) for x, y in points})
    if len(unique) <= 2:
        return len(unique)
    pts = sorted(unique, key=cmp_to_key(_lexicographic))
    size = 0
    for seq in (pts, pts[::-1]):
        hull = []
        for x, y in seq:
            while len(hull) >= 2:
                (ox, oy), (ax, ay) = hull[-2], hull[-1]
                if (ax - ox) * (y - oy) - (ay - oy) * (x - ox) > 0:
                    break
                hull.pop()
            hull.append((x, y))
        size += len(hull) - 1
    return size
