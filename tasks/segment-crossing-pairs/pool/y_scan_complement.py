from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    # Horizontals sorted by y. For one vertical at x, a horizontal in its y range crosses it iff x1 <= x and not
    # x2 < x; since x2 < x implies x1 <= x, the count is (#x1 <= x) - (#x2 < x) over the slice of heights in range.
    hs = sorted(horizontals)
    ys = [h[0] for h in hs]
    x1s = [h[1] for h in hs]
    x2s = [h[2] for h in hs]
    total = 0
    for x, y1, y2 in verticals:
        lo = bisect_left(ys, y1)
        hi = bisect_right(ys, y2)
        if lo < hi:
            total += sum(map(x.__ge__, x1s[lo:hi])) - sum(map(x.__gt__, x2s[lo:hi]))
    return total
