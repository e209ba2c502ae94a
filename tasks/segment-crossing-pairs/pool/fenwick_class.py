import bisect


class FenwickTree:
    def __init__(self, n):
        self.n = n
        self.tree = [0] * (n + 1)

    def add(self, i, delta):
        i += 1
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    def sum(self, i):
        # sum of positions [0, i)
        s = 0
        while i > 0:
            s += self.tree[i]
            i -= i & -i
        return s

    def range_sum(self, lo, hi):
        return self.sum(hi) - self.sum(lo)


def count_crossings(horizontals, verticals):
    ys = sorted(set(h[0] for h in horizontals))
    fw = FenwickTree(len(ys))
    events = []
    for y, x1, x2 in horizontals:
        idx = bisect.bisect_left(ys, y)
        events.append((x1, 0, idx, 0))
        events.append((x2, 2, idx, 0))
    for x, y1, y2 in verticals:
        events.append((x, 1, bisect.bisect_left(ys, y1), bisect.bisect_right(ys, y2)))
    events.sort()
    count = 0
    for _, typ, a, b in events:
        if typ == 0:
            fw.add(a, 1)
        elif typ == 1:
            count += fw.range_sum(a, b)
        else:
            fw.add(a, -1)
    return count
