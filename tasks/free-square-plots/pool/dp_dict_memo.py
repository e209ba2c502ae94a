def count_free_squares(grid):
    # The DP kept in a dict keyed by (row, column); missing keys read as 0.
    memo = {}
    total = 0
    for i, row in enumerate(grid):
        for j, ch in enumerate(row):
            if ch == ".":
                v = 1 + min(memo.get((i - 1, j), 0), memo.get((i, j - 1), 0), memo.get((i - 1, j - 1), 0))
                memo[(i, j)] = v
                total += v
    return total
