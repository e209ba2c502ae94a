import sys


def skyline_area(buildings):
    # Tallest first over compressed gaps; a union-find with a recursive, path-compressing find skips the gaps
    # that taller buildings already painted.
    sys.setrecursionlimit(10000)
    xs = sorted(set(b[0] for b in buildings) | set(b[1] for b in buildings))
    idx = {x: i for i, x in enumerate(xs)}
    parent = list(range(len(xs)))

    def find(i):
        if parent[i] != i:
            parent[i] = find(parent[i])
        return parent[i]

    area = 0
    for l, r, h in sorted(buildings, key=lambda b: b[2], reverse=True):
        end = idx[r]
        i = find(idx[l])
        while i < end:
            area += h * (xs[i + 1] - xs[i])
            parent[i] = i + 1
            i = find(i + 1)
    return area
