def count_covered(rows, cols, stamps, k):
    # Raise each stamp row as a slice rebuilt by a list comprehension, then count with a generator per row.
    board = [[0] * cols for _ in range(rows)]
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            row = board[r]
            row[c1:c2 + 1] = [v + 1 for v in row[c1:c2 + 1]]
    return sum(sum(1 for v in row if v >= k) for row in board)
