import copy


def rectangle_sums(grid, queries):
    # Copy the grid and turn the copy into inclusive prefix sums in place, with bounds checks per cell and query.
    p = copy.deepcopy(grid)
    rows, cols = len(p), len(p[0])
    for i in range(rows):
        for j in range(cols):
            if i > 0:
                p[i][j] += p[i - 1][j]
            if j > 0:
                p[i][j] += p[i][j - 1]
            if i > 0 and j > 0:
                p[i][j] -= p[i - 1][j - 1]
    out = []
    for q in queries:
        r1, c1, r2, c2 = q
        s = p[r2][c2]
        if r1 > 0:
            s -= p[r1 - 1][c2]
        if c1 > 0:
            s -= p[r2][c1 - 1]
        if r1 > 0 and c1 > 0:
            s += p[r1 - 1][c1 - 1]
        out.append(s)
    return out
