def tower_cross_sum(grid):
    # Column counts accumulated row by row with a list comprehension over (count, character) pairs; the row's own
    # list of tower columns is kept for the second pass.
    if not grid:
        return 0
    col_count = [0] * len(grid[0])
    tower_cols = []
    for row in grid:
        col_count = [a + (ch == "#") for a, ch in zip(col_count, row)]
        tower_cols.append([c for c, ch in enumerate(row) if ch == "#"])
    total = 0
    for cols in tower_cols:
        total += len(cols) * sum(col_count[c] for c in cols)
    return total
