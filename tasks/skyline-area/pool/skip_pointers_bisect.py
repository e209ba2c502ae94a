from bisect import bisect_left


def skyline_area(buildings):
    # Tallest first over the compressed gaps, with a "next unpainted gap" pointer per gap; gap indices found by
    # bisection in the sorted ends.
    xs = sorted({x for l_, r_, _ in buildings for x in (l_, r_)})
    nxt = list(range(len(xs)))
    total = 0
    for left, right, h in sorted(buildings, key=lambda b: -b[2]):
        end = bisect_left(xs, right)
        i = bisect_left(xs, left)
        path = []
        while nxt[i] != i:
            path.append(i)
            i = nxt[i]
        while i < end:
            total += h * (xs[i + 1] - xs[i])
            path.append(i)
            i += 1
            while nxt[i] != i:
                path.append(i)
                i = nxt[i]
        for p in path:
            nxt[p] = i
    return total
