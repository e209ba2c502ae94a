def count_covered(rows, cols, stamps, k):
    # Corner marks; one running total per column carried down the rows, one running sum along the row.
    diff = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r1, c1, r2, c2 in stamps:
        diff[r1][c1] += 1
        diff[r1][c2 + 1] -= 1
        diff[r2 + 1][c1] -= 1
        diff[r2 + 1][c2 + 1] += 1
    column = [0] * cols
    count = 0
    for r in range(rows):
        line = diff[r]
        running = 0
        for c in range(cols):
            column[c] += line[c]
            running += column[c]
            if running >= k:
                count += 1
    return count
