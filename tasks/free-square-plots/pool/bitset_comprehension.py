def count_free_squares(grid):
    # Rows as integers (bit per free cell); each round keeps the top-left corners of the next larger free squares:
    # corners whose square is free in this row, the next row, and one column further in both. Comprehensions and
    # a popcount per row.
    rows = []
    for row in grid:
        rows.append(int(row.replace(".", "1").replace("#", "0"), 2))
    total = 0
    while rows:
        cnt = sum(bin(r).count("1") for r in rows)
        if cnt == 0:
            break
        total += cnt
        rows = [(a & b) & ((a & b) << 1) for a, b in zip(rows, rows[1:])]
    return total
