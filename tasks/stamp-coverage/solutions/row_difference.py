def count_covered(rows, cols, stamps, k):
    # One difference array per row: a stamp adds +1 at its left edge and -1 past its right edge on each of its rows;
    # a running sum along each row gives the cover of every cell.
    diff = [[0] * (cols + 1) for _ in range(rows)]
    for r1, c1, r2, c2 in stamps:
        for r in range(r1, r2 + 1):
            line = diff[r]
            line[c1] += 1
            line[c2 + 1] -= 1
    count = 0
    for line in diff:
        running = 0
        for c in range(cols):
            running += line[c]
            if running >= k:
                count += 1
    return count
