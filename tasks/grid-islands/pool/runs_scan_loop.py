def count_islands(grid):
    # Horizontal runs of land found with a character loop, then runs of neighbouring rows that overlap are
    # joined in a union-find (recursive find with path compression).
    parent = []

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    components = 0
    prev = []
    for row in grid:
        cur = []
        start = -1
        for c, ch in enumerate(row):
            if ch == "1":
                if start < 0:
                    start = c
            elif start >= 0:
                cur.append((start, c, len(parent)))
                parent.append(len(parent))
                start = -1
        if start >= 0:
            cur.append((start, len(row), len(parent)))
            parent.append(len(parent))
        components += len(cur)
        for s1, e1, a in prev:
            for s2, e2, b in cur:
                if s2 >= e1:
                    break
                if s1 < e2:
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[ra] = rb
                        components -= 1
        prev = cur
    return components
