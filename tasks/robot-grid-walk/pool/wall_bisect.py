from bisect import bisect_left


def robot_walk(grid, commands):
    # Sorted wall positions per row and per column, with the grid's edges as sentinel walls at -1 and the length;
    # a move finds the nearest wall ahead by bisection and stops before it or after k cells.
    height, width = len(grid), len(grid[0])
    row_walls = [[-1] for _ in range(height)]
    col_walls = [[-1] for _ in range(width)]
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "#":
                row_walls[r].append(c)
                col_walls[c].append(r)
    for w in row_walls:
        w.append(width)
    for w in col_walls:
        w.append(height)
    r = c = d = 0
    cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) % 4
            continue
        if k == -2:
            d = (d + 1) % 4
            continue
        if d == 0 or d == 2:
            walls, pos = row_walls[r], c
        else:
            walls, pos = col_walls[c], r
        i = bisect_left(walls, pos)
        if d == 0 or d == 1:
            limit = walls[i] - 1
            new = pos + k
            if new > limit:
                new = limit
                cut += 1
        else:
            limit = walls[i - 1] + 1
            new = pos - k
            if new < limit:
                new = limit
                cut += 1
        if d == 0 or d == 2:
            c = new
        else:
            r = new
    return [r, c, cut]
