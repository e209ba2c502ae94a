def rectangle_sums(grid, queries):
    # Prefix sums down each column; a query adds one difference per column of the rectangle.
    rows, cols = len(grid), len(grid[0])
    colpre = [[0] * (rows + 1) for _ in range(cols)]
    for c in range(cols):
        acc = 0
        col = colpre[c]
        for r in range(rows):
            acc += grid[r][c]
            col[r + 1] = acc
    out = []
    for r1, c1, r2, c2 in queries:
        s = 0
        for c in range(c1, c2 + 1):
            s += colpre[c][r2 + 1] - colpre[c][r1]
        out.append(s)
    return out
