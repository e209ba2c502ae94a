def count_covered(rows, cols, stamps, k):
    # Paint every stamp cell by cell on a board of counters, then count the counters that reached k.
    board = [[0] * cols for _ in range(rows)]
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                board[r][c] += 1
    count = 0
    for r in range(rows):
        for c in range(cols):
            if board[r][c] >= k:
                count += 1
    return count
