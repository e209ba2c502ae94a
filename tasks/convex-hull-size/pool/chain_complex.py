def convex_hull_size(points):
    # Monotone chain on complex numbers: the turn o -> a -> b is the imaginary part of conj(a - o) * (b - o)
    # (exact here: coordinates up to 10^6 keep every product below 2^53).
    pts = sorted({(p[0], p[1]) for p in points})
    if len(pts) <= 2:
        return len(pts)
    zs = [complex(x, y) for x, y in pts]

    def chain(seq):
        hull = []
        for z in seq:
            while len(hull) >= 2 and ((hull[-1] - hull[-2]).conjugate() * (z - hull[-2])).imag <= 0:
                hull.pop()
            hull.append(z)
        return len(hull)

    return chain(zs) + chain(zs[::-1]) - 2
