def rectangle_sums(grid, queries):
    # Table rows built from the previous row with a comprehension; queries answered in a plain loop.
    width = len(grid[0])
    table = [[0] * (width + 1)]
    for row in grid:
        above = table[-1]
        run = [0]
        for v in row:
            run.append(run[-1] + v)
        table.append([above[j] + run[j] for j in range(width + 1)])
    out = []
    for r1, c1, r2, c2 in queries:
        top, bottom = table[r1], table[r2 + 1]
        out.append(bottom[c2 + 1] - bottom[c1] - top[c2 + 1] + top[c1])
    return out
