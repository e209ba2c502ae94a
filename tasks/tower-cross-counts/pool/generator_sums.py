def tower_cross_sum(grid):
    # Counts as sums of boolean generators over the rows and over zip(*grid), then a generator over the cells.
    if not grid:
        return 0
    row_count = [sum(ch == "#" for ch in row) for row in grid]
    col_count = [sum(ch == "#" for ch in col) for col in zip(*grid)]
    return sum(row_count[r] * col_count[c]
               for r, row in enumerate(grid)
               for c, ch in enumerate(row)
               if ch == "#")
