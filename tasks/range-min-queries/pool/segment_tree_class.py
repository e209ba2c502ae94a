class MinTree:
    def __init__(self, values):
        self.n = len(values)
        self.tree = [0] * self.n + list(values)
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = min(self.tree[2 * i], self.tree[2 * i + 1])

    def query(self, lo, hi):
        """Minimum of values[lo..hi] (inclusive)."""
        result = None
        lo += self.n
        hi += self.n + 1
        while lo < hi:
            if lo % 2 == 1:
                result = self.tree[lo] if result is None else min(result, self.tree[lo])
                lo += 1
            if hi % 2 == 1:
                hi -= 1
                result = self.tree[hi] if result is None else min(result, self.tree[hi])
            lo //= 2
            hi //= 2
        return result


def range_min(a, queries):
    tree = MinTree(a)
    return [tree.query(q[0], q[1]) for q in queries]
