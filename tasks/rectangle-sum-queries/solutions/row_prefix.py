def rectangle_sums(grid, queries):
    # Prefix sums of every row: a row's part of a rectangle is one difference, and a query adds one per row.
    pre = []
    for row in grid:
        p = [0]
        s = 0
        for v in row:
            s += v
            p.append(s)
        pre.append(p)
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            total += pre[r][c2 + 1] - pre[r][c1]
        out.append(total)
    return out
