def tower_cross_sum(grid):
    # Counts by str.count (rows directly, columns joined from zip(*grid)), then one Python step per cell.
    if not grid:
        return 0
    col_count = ["".join(col).count("#") for col in zip(*grid)]
    total = 0
    for row in grid:
        k = row.count("#")
        if k:
            s = 0
            for c, ch in enumerate(row):
                if ch == "#":
                    s += col_count[c]
            total += k * s
    return total
