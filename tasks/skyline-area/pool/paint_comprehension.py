def skyline_area(buildings):
    # Compressed gaps; every building rewrites its stretch of gaps with a comprehension taking the larger height.
    xs = sorted(set(x for l, r, _ in buildings for x in (l, r)))
    where = {x: i for i, x in enumerate(xs)}
    top = [0] * len(xs)
    for l, r, h in buildings:
        a, b = where[l], where[r]
        top[a:b] = [t if t > h else h for t in top[a:b]]
    return sum(t * (x2 - x1) for t, x1, x2 in zip(top, xs, xs[1:]))
