from array import array


def count_free_squares(grid):
    # One flat array('i') of the whole DP table, indexed by i * m + j.
    n = len(grid)
    if n == 0:
        return 0
    m = len(grid[0])
    dp = array("i", bytes(4 * n * m))
    total = 0
    for i in range(n):
        row = grid[i]
        base = i * m
        for j in range(m):
            if row[j] == ".":
                if i and j:
                    a = dp[base - m + j]
                    b = dp[base + j - 1]
                    c = dp[base - m + j - 1]
                    v = (a if a < b else b)
                    v = (v if v < c else c) + 1
                else:
                    v = 1
                dp[base + j] = v
                total += v
    return total
