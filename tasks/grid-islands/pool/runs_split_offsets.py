def count_islands(grid):
    # Runs of land from str.find on each row; overlapping runs of consecutive rows are merged in a union-find
    # with union by size.
    parent = []
    size = []

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    components = 0
    prev = []
    for row in grid:
        cur = []
        n = len(row)
        c = row.find("1")
        while c >= 0:
            end = row.find("0", c)
            if end < 0:
                end = n
            cur.append((c, end, len(parent)))
            parent.append(len(parent))
            size.append(1)
            c = row.find("1", end)
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
