import re


def count_islands(grid):
    # Runs of land per row from re.finditer; runs of consecutive rows that overlap are merged in a union-find
    # with union by size and a recursive, path-compressing find.
    parent = []
    size = []

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    components = 0
    prev = []
    for row in grid:
        cur = [(m.start(), m.end(), len(parent) + k) for k, m in enumerate(re.finditer("1+", row))]
        parent.extend(range(len(parent), len(parent) + len(cur)))
        size.extend([1] * len(cur))
        components += len(cur)
        i = j = 0
        while i < len(prev) and j < len(cur):
            s1, e1, a = prev[i]
            s2, e2, b = cur[j]
            if s1 < e2 and s2 < e1:
                ra, rb = find(a), find(b)
                if ra != rb:
                    if size[ra] < size[rb]:
                        ra, rb = rb, ra
                    parent[rb] = ra
                    size[ra] += size[rb]
                    components -= 1
            if e1 < e2:
                i += 1
            else:
                j += 1
        prev = cur
    return components
