def count_covered(rows, cols, stamps, k):
    # Paint every stamp cell by cell, with the row looked up once per stamp row; count with a generator.
    board = [[0] * cols for _ in range(rows)]
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            row = board[r]
            for c in range(c1, c2 + 1):
                row[c] += 1
    return sum(1 for row in board for v in row if v >= k)
