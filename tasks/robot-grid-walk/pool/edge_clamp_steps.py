def robot_walk(grid, commands):
    # Clamp a move to the grid's edge first, then step only the cells that remain, checking just for walls.
    h, w = len(grid), len(grid[0])
    r = c = d = cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) & 3
            continue
        if k == -2:
            d = (d + 1) & 3
            continue
        steps = min(k, (w - 1 - c, h - 1 - r, c, r)[d])
        taken = 0
        if d == 0:
            row = grid[r]
            while taken < steps and row[c + 1] != "#":
                c += 1
                taken += 1
        elif d == 2:
            row = grid[r]
            while taken < steps and row[c - 1] != "#":
                c -= 1
                taken += 1
        elif d == 1:
            while taken < steps and grid[r + 1][c] != "#":
                r += 1
                taken += 1
        else:
            while taken < steps and grid[r - 1][c] != "#":
                r -= 1
                taken += 1
        if taken < k:
            cut += 1
    return [r, c, cut]
