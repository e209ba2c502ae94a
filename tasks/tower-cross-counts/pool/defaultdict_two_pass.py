from collections import defaultdict


def tower_cross_sum(grid):
    # First pass counts towers per row and per column in defaultdicts; the second pass adds the products.
    row_count = defaultdict(int)
    col_count = defaultdict(int)
    for i in range(len(grid)):
        for j in range(len(grid[i])):
            if grid[i][j] == "#":
                row_count[i] += 1
                col_count[j] += 1
    result = 0
    for i in range(len(grid)):
        for j in range(len(grid[i])):
            if grid[i][j] == "#":
                result += row_count[i] * col_count[j]
    return result
