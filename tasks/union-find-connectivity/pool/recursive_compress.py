import sys


def process_ops(n, ops):
    sys.setrecursionlimit(max(1000, 4 * n + 100))
    parent = list(range(n))
    size = [1] * n

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    out = []
    for op in ops:
        a, b = find(op[1]), find(op[2])
        if op[0] == "union":
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
        else:
            out.append(a == b)
    return out
