class SegmentTree:
    """Bottom-up segment tree of minima over a fixed array."""

    def __init__(self, values):
        self.n = len(values)
        self.tree = [0] * self.n + list(values)
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = min(self.tree[2 * i], self.tree[2 * i + 1])

    def query(self, lo, hi):
        res = None
        lo += self.n
        hi += self.n + 1
        while lo < hi:
            if lo % 2:
                res = self.tree[lo] if res is None else min(res, self.tree[lo])
                lo += 1
            if hi % 2:
                hi -= 1
                res = self.tree[hi] if res is None else min(res, self.tree[hi])
            lo //= 2
            hi //= 2
        return res


def range_min(a, queries):
    st = SegmentTree(a)
    answers = []
    for l, r in queries:
        answers.append(st.query(l, r))
    return answers
