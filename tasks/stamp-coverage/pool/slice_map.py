from operator import add


def count_covered(rows, cols, stamps, k):
    # Raise each stamp row in C: the slice is replaced by map() of +1 over it. Count with map(k.__le__).
    board = [[0] * cols for _ in range(rows)]
    one = (1).__add__
    for r1, c1, r2, c2 in stamps:
        end = c2 + 1
        for r in range(r1, r2 + 1):
            row = board[r]
            row[c1:end] = map(one, row[c1:end])
    at_least = k.__le__
    return sum(sum(map(at_least, row)) for row in board)
