def count_covered(rows, cols, stamps, k):
    # One flat list of counters indexed by r * cols + c; paint each stamp cell by cell.
    board = [0] * (rows * cols)
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            base = r * cols
            for i in range(base + c1, base + c2 + 1):
                board[i] += 1
    count = 0
    for v in board:
        if v >= k:
            count += 1
    return count
