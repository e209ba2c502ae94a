def count_covered(rows, cols, stamps, k):
    # Four corner marks per stamp, then the 2D prefix sum cell by cell:
    # P[r][c] = D[r][c] + P[r-1][c] + P[r][c-1] - P[r-1][c-1].
    grid = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        grid[r1][c1] += 1
        grid[r1][c2 + 1] -= 1
        grid[r2 + 1][c1] -= 1
        grid[r2 + 1][c2 + 1] += 1
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    count = 0
    for r in range(rows):
        for c in range(cols):
            value = grid[r][c]
            if r > 0:
                value += prefix[r - 1][c]
            if c > 0:
                value += prefix[r][c - 1]
            if r > 0 and c > 0:
                value -= prefix[r - 1][c - 1]
            prefix[r][c] = value
            if value >= k:
                count += 1
    return count
