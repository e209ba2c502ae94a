import bisect


def skyline_area(buildings):
    # Buildings lowest first, each assigning its height to every compressed gap it covers (later, taller ones
    # overwrite); gap indices found by bisection.
    xs = sorted({p for b in buildings for p in b[:2]})
    level = [0] * len(xs)
    for l, r, h in sorted(buildings, key=lambda b: b[2]):
        for k in range(bisect.bisect_left(xs, l), bisect.bisect_left(xs, r)):
            level[k] = h
    return sum(level[k] * (xs[k + 1] - xs[k]) for k in range(len(xs) - 1))
