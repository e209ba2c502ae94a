class DisjointSets:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        path = []
        while self.parent[x] != x:
            path.append(x)
            x = self.parent[x]
        for y in path:
            self.parent[y] = x
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]

    def connected(self, a, b):
        return self.find(a) == self.find(b)


def process_ops(n, ops):
    sets = DisjointSets(n)
    out = []
    for op in ops:
        if op[0] == "union":
            sets.union(op[1], op[2])
        else:
            out.append(sets.connected(op[1], op[2]))
    return out
