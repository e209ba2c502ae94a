from operator import itemgetter, sub


def skyline_area(buildings):
    # Compress the x coordinates to gaps between consecutive ends. The tallest building over a gap is the first to
    # reach it when the buildings come tallest first, so each gap is painted once: `skip[i]` points at or past the
    # next gap not yet painted (union-find with path halving), and a building jumps over what taller ones covered.
    if not buildings:
        return 0
    xs = sorted(set(map(itemgetter(0), buildings)).union(map(itemgetter(1), buildings)))
    index = dict(zip(xs, range(len(xs))))
    width = list(map(sub, xs[1:], xs))
    skip = list(range(len(xs)))
    area = 0
    for left, right, h in sorted(buildings, key=itemgetter(2), reverse=True):
        b = index[right]
        i = index[left]
        while skip[i] != i:
            skip[i] = i = skip[skip[i]]
        while i < b:
            area += h * width[i]
            skip[i] = b
            i += 1
            while skip[i] != i:
                skip[i] = i = skip[skip[i]]
    return area
