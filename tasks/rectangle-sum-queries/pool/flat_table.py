def rectangle_sums(grid, queries):
    # One flat list for the prefix table, index (r, c) -> r * W + c.
    rows, cols = len(grid), len(grid[0])
    w = cols + 1
    p = [0] * ((rows + 1) * w)
    for r in range(rows):
        row = grid[r]
        run = 0
        base = (r + 1) * w
        above = r * w
        for c in range(cols):
            run += row[c]
            p[base + c + 1] = p[above + c + 1] + run
    out = []
    for r1, c1, r2, c2 in queries:
        a = r1 * w
        b = (r2 + 1) * w
        out.append(p[b + c2 + 1] - p[b + c1] - p[a + c2 + 1] + p[a + c1])
    return out
