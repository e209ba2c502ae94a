def robot_walk(grid, commands):
    # A move along a row is one str.find (east) or str.rfind (west) for the first wall within reach, done in C; the
    # columns are made strings once (zip and join, in C) so that moves north and south are the same.
    height, width = len(grid), len(grid[0])
    cols = ["".join(col) for col in zip(*grid)]
    r = c = 0
    d = 0  # 0 east, 1 south, 2 west, 3 north
    cut = 0
    for k in commands:
        if k < 0:
            d = (d + (1 if k == -2 else 3)) & 3
        elif d == 0:
            end = c + k
            j = grid[r].find("#", c + 1, end + 1)
            if j >= 0:
                c = j - 1
                cut += 1
            elif end >= width:
                c = width - 1
                cut += 1
            else:
                c = end
        elif d == 2:
            end = c - k
            j = grid[r].rfind("#", end if end > 0 else 0, c)
            if j >= 0:
                c = j + 1
                cut += 1
            elif end < 0:
                c = 0
                cut += 1
            else:
                c = end
        elif d == 1:
            end = r + k
            j = cols[c].find("#", r + 1, end + 1)
            if j >= 0:
                r = j - 1
                cut += 1
            elif end >= height:
                r = height - 1
                cut += 1
            else:
                r = end
        else:
            end = r - k
            j = cols[c].rfind("#", end if end > 0 else 0, r)
            if j >= 0:
                r = j + 1
                cut += 1
            elif end < 0:
                r = 0
                cut += 1
            else:
                r = end
    return [r, c, cut]
