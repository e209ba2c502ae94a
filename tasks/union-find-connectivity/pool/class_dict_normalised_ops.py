import sys


class UnionFind:
    def __init__(self, n):
        self.parent = {i: i for i in range(n)}
        self.size = {i: 1 for i in range(n)}

    def find(self, x):
        if self.parent[x] == x:
            return x
        root = self.find(self.parent[x])
        self.parent[x] = root
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)


def process_ops(n, ops):
    sys.setrecursionlimit(max(1000, 4 * n + 100))
    uf = UnionFind(n)
    results = []
    for op in ops:
        # normalise every operation before use
        kind = str(op[0]).strip().lower()
        a, b = int(op[1]), int(op[2])
        if kind == "union":
            uf.union(a, b)
        elif kind == "connected":
            results.append(uf.connected(a, b))
    return results
