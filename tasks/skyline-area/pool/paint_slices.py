from operator import itemgetter, mul, sub


def skyline_area(buildings):
    # Compress the x coordinates to the gaps between consecutive ends; paint each building over its gaps, lowest
    # first so that taller ones overwrite, with one slice assignment each (in C); sum height times gap width.
    if not buildings:
        return 0
    xs = sorted(set(map(itemgetter(0), buildings)).union(map(itemgetter(1), buildings)))
    index = dict(zip(xs, range(len(xs))))
    best = [0] * (len(xs) - 1)
    for left, right, h in sorted(buildings, key=itemgetter(2)):
        a = index[left]
        b = index[right]
        best[a:b] = [h] * (b - a)
    return sum(map(mul, best, map(sub, xs[1:], xs)))
