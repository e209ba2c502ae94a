from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    # Horizontals sorted by height; for each vertical two bisections find the horizontals at heights in [y1, y2], and
    # a generator checks each of them against the vertical's x: O((n + m) log n + K), K the candidates found.
    hs = sorted(horizontals, key=lambda h: h[0])
    ys = [h[0] for h in hs]
    total = 0
    for x, y1, y2 in verticals:
        lo = bisect_left(ys, y1)
        hi = bisect_right(ys, y2)
        total += sum(1 for _, a, b in hs[lo:hi] if a <= x <= b)
    return total
