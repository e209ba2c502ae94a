from collections import defaultdict


def count_crossings(horizontals, verticals):
    # Sweep over x with a Fenwick tree kept in a dict, indexed by the rank of each distinct height.
    ys = sorted(set(y for y, _, _ in horizontals))
    pos = {y: i + 1 for i, y in enumerate(ys)}
    n = len(ys)
    tree = defaultdict(int)

    def update(i, delta):
        while i <= n:
            tree[i] += delta
            i += i & (-i)

    def prefix(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & (-i)
        return s

    def rank_le(v):
        # number of distinct heights <= v, by binary search
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if ys[mid] <= v:
                lo = mid + 1
            else:
                hi = mid
        return lo

    events = []
    for y, x1, x2 in horizontals:
        events.append((x1, 0, y, None))
        events.append((x2, 2, y, None))
    for x, y1, y2 in verticals:
        events.append((x, 1, y1, y2))
    events.sort(key=lambda e: (e[0], e[1]))
    result = 0
    for x, kind, a, b in events:
        if kind == 0:
            update(pos[a], 1)
        elif kind == 2:
            update(pos[a], -1)
        else:
            result += prefix(rank_le(b)) - prefix(rank_le(a - 1))
    return result
