def count_free_squares(grid):
    # Rolling DP with enumerate and min(); a fresh row list built with append, the sum kept as it goes.
    total = 0
    prev = None
    for row in grid:
        cur = []
        for j, ch in enumerate(row):
            if ch == "#":
                cur.append(0)
            elif prev is None or j == 0:
                cur.append(1)
            else:
                cur.append(min(prev[j], prev[j - 1], cur[j - 1]) + 1)
        total += sum(cur)
        prev = cur
    return total
