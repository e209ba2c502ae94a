def count_free_squares(grid):
    # Rolling DP over (character, value above, value above-left) triples from zip; min() per free cell.
    if not grid:
        return 0
    m = len(grid[0])
    prev = [0] * m
    total = 0
    for row in grid:
        cur = []
        left = 0
        for ch, up, diag in zip(row, prev, [0] + prev):
            left = min(up, left, diag) + 1 if ch == "." else 0
            cur.append(left)
        total += sum(cur)
        prev = cur
    return total
