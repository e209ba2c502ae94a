def count_islands(grid):
    # Union-find keyed by (row, col) tuples in a dict, joining each land cell with the land cells above and to the
    # left; the islands are the distinct roots at the end.
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch != "1":
                continue
            parent[(r, c)] = (r, c)
            for nb in ((r - 1, c), (r, c - 1)):
                if nb in parent:
                    a, b = find((r, c)), find(nb)
                    if a != b:
                        parent[a] = b
    return len({find(x) for x in parent})
