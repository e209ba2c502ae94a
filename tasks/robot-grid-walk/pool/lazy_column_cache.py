def robot_walk(grid, commands):
    # str.find/rfind on rows; a column's string is built the first time the robot moves along it, then cached.
    H, W = len(grid), len(grid[0])
    columns = {}
    r = c = 0
    d = 0
    cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) % 4
            continue
        if k == -2:
            d = (d + 1) % 4
            continue
        if d in (0, 2):
            line, pos, size = grid[r], c, W
        else:
            if c not in columns:
                columns[c] = "".join([row[c] for row in grid])
            line, pos, size = columns[c], r, H
        if d in (0, 1):
            wall = line.find("#", pos + 1, pos + k + 1)
            stop = wall - 1 if wall != -1 else min(pos + k, size - 1)
            if stop - pos < k:
                cut += 1
        else:
            wall = line.rfind("#", max(0, pos - k), pos)
            stop = wall + 1 if wall != -1 else max(pos - k, 0)
            if pos - stop < k:
                cut += 1
        if d in (0, 2):
            c = stop
        else:
            r = stop
    return [r, c, cut]
