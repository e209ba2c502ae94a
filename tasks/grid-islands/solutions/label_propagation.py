def count_islands(grid):
    # Give every land cell its own label, then sweep the grid repeatedly, lowering each label to the smallest label
    # among its land neighbours, until nothing changes. Each island ends with one label.
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    label = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            row = label[r]
            for c in range(cols):
                cur = row[c]
                if cur < 0:
                    continue
                best = cur
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols:
                        x = label[nr][nc]
                        if 0 <= x < best:
                            best = x
                if best < cur:
                    row[c] = best
                    changed = True
    return len({x for row in label for x in row if x >= 0})
