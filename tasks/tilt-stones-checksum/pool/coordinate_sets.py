def tilt_checksum(grid, moves):
    # Stones and blocks as sets of (row, column); a tilt processes the stones in order from the side they fall to,
    # each placed at the cell after the last block or stone seen in its line (a dict per line).
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    blocks = {(r, c) for r in range(R) for c in range(C) if grid[r][c] == "#"}
    stones = {(r, c) for r in range(R) for c in range(C) if grid[r][c] == "O"}
    for m in moves:
        new = set()
        if m in "NS":
            order = sorted(stones | blocks, key=lambda p: p[0], reverse=(m == "S"))
            nxt = {}
            for r, c in order:
                if (r, c) in blocks:
                    nxt[c] = r + 1 if m == "N" else r - 1
                else:
                    t = nxt.get(c, 0 if m == "N" else R - 1)
                    new.add((t, c))
                    nxt[c] = t + 1 if m == "N" else t - 1
        else:
            order = sorted(stones | blocks, key=lambda p: p[1], reverse=(m == "E"))
            nxt = {}
            for r, c in order:
                if (r, c) in blocks:
                    nxt[r] = c + 1 if m == "W" else c - 1
                else:
                    t = nxt.get(r, 0 if m == "W" else C - 1)
                    new.add((r, t))
                    nxt[r] = t + 1 if m == "W" else t - 1
        stones = new
    return sum(r * C + c + 1 for r, c in stones)
