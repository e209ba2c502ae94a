def robot_walk(grid, commands):
    # A matrix of booleans (True = free), padded with a border of walls so a step needs no bounds check.
    w = len(grid[0])
    free = [[False] * (w + 2)]
    for row in grid:
        free.append([False] + [ch == "." for ch in row] + [False])
    free.append([False] * (w + 2))
    dirs = ((0, 1), (1, 0), (0, -1), (-1, 0))
    r = c = 1
    d = 0
    cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) % 4
        elif k == -2:
            d = (d + 1) % 4
        else:
            dr, dc = dirs[d]
            for _ in range(k):
                if not free[r + dr][c + dc]:
                    cut += 1
                    break
                r += dr
                c += dc
    return [r - 1, c - 1, cut]
