def tower_cross_sum(grid):
    # Row counts and column counts by nested index loops, then every cell visited again for the sum.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    row_count = [0] * R
    for r in range(R):
        for c in range(C):
            if grid[r][c] == "#":
                row_count[r] += 1
    col_count = [0] * C
    for c in range(C):
        for r in range(R):
            if grid[r][c] == "#":
                col_count[c] += 1
    total = 0
    for r in range(R):
        for c in range(C):
            if grid[r][c] == "#":
                total += row_count[r] * col_count[c]
    return total
