from bisect import bisect_left, bisect_right


def count_crossings(horizontals, verticals):
    # Sweep a vertical line from left to right over the verticals in x order. A Fenwick tree over the horizontals'
    # distinct heights counts the horizontals whose x range holds the sweep line: a horizontal is added once the
    # line reaches x1 and removed once it passes x2. Each vertical then counts the active heights in [y1, y2] with two
    # prefix sums. O((n + m) log n).
    if not horizontals or not verticals:
        return 0
    ys = sorted({h[0] for h in horizontals})
    rank = {y: i for i, y in enumerate(ys, 1)}
    size = len(ys)
    starts = sorted([(x1, rank[y]) for y, x1, _ in horizontals])
    ends = sorted([(x2, rank[y]) for y, _, x2 in horizontals])
    tree = [0] * (size + 1)
    total = 0
    si = ei = 0
    n = len(starts)
    for x, y1, y2 in sorted(verticals):
        while si < n and starts[si][0] <= x:
            i = starts[si][1]
            si += 1
            while i <= size:
                tree[i] += 1
                i += i & -i
        while ei < n and ends[ei][0] < x:
            i = ends[ei][1]
            ei += 1
            while i <= size:
                tree[i] -= 1
                i += i & -i
        hi = bisect_right(ys, y2)
        lo = bisect_left(ys, y1)
        while hi > lo:
            total += tree[hi]
            hi &= hi - 1
        while lo > hi:
            total -= tree[lo]
            lo &= lo - 1
    return total
