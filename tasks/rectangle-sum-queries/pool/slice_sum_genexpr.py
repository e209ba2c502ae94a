def rectangle_sums(grid, queries):
    return [sum(sum(row[c1:c2 + 1]) for row in grid[r1:r2 + 1]) for r1, c1, r2, c2 in queries]
