def count_free_squares(grid):
    # Classic DP over a full table: side[i][j] is the largest free square with its bottom-right corner at (i, j),
    # one more than the smallest of its upper, left and upper-left neighbours; the answer sums the table (a square of
    # side s ending at a cell accounts for the s squares ending there).
    n = len(grid)
    if n == 0:
        return 0
    m = len(grid[0])
    side = [[0] * m for _ in range(n)]
    total = 0
    for i in range(n):
        for j in range(m):
            if grid[i][j] == ".":
                if i == 0 or j == 0:
                    side[i][j] = 1
                else:
                    side[i][j] = min(side[i - 1][j], side[i][j - 1], side[i - 1][j - 1]) + 1
                total += side[i][j]
    return total
