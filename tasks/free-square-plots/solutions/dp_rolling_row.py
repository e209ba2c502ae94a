def count_free_squares(grid):
    # The same DP with one previous row and plain comparisons instead of min(): `left` is the value just computed,
    # `diag` the previous row's value one column to the left.
    if not grid:
        return 0
    m = len(grid[0])
    prev = [0] * m
    total = 0
    for row in grid:
        cur = [0] * m
        left = 0
        diag = 0
        for j, ch in enumerate(row):
            up = prev[j]
            if ch == ".":
                v = up if up < left else left
                if diag < v:
                    v = diag
                v += 1
                cur[j] = v
                total += v
                left = v
            else:
                left = 0
            diag = up
        prev = cur
    return total
