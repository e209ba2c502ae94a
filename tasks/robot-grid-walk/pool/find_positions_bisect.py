from bisect import bisect_right


def _walls(line):
    # Positions of '#' in a string, found by str.find in C.
    out = []
    i = line.find("#")
    while i >= 0:
        out.append(i)
        i = line.find("#", i + 1)
    return out


def robot_walk(grid, commands):
    # Wall positions per row and per column (columns made strings by zip), found by str.find; bisect per move.
    height, width = len(grid), len(grid[0])
    rows = [_walls(line) for line in grid]
    cols = [_walls("".join(col)) for col in zip(*grid)]
    r = c = d = cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) % 4
            continue
        if k == -2:
            d = (d + 1) % 4
            continue
        if d == 0:
            walls = rows[r]
            i = bisect_right(walls, c)
            stop = walls[i] - 1 if i < len(walls) else width - 1
            if c + k > stop:
                cut += 1
            c = min(c + k, stop)
        elif d == 2:
            walls = rows[r]
            i = bisect_right(walls, c)
            stop = walls[i - 1] + 1 if i else 0
            if c - k < stop:
                cut += 1
            c = max(c - k, stop)
        elif d == 1:
            walls = cols[c]
            i = bisect_right(walls, r)
            stop = walls[i] - 1 if i < len(walls) else height - 1
            if r + k > stop:
                cut += 1
            r = min(r + k, stop)
        else:
            walls = cols[c]
            i = bisect_right(walls, r)
            stop = walls[i - 1] + 1 if i else 0
            if r - k < stop:
                cut += 1
            r = max(r - k, stop)
    return [r, c, cut]
