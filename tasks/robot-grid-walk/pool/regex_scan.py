import re

WALL = re.compile("#")


def robot_walk(grid, commands):
    # Walls ahead found with a compiled pattern's search between two positions; rows and columns reversed once so
    # that moves west and north are searches forward too.
    h, w = len(grid), len(grid[0])
    cols = ["".join(col) for col in zip(*grid)]
    rrows = [row[::-1] for row in grid]
    rcols = [col[::-1] for col in cols]
    r = c = d = cut = 0
    for k in commands:
        if k < 0:
            d = (d + 3) % 4 if k == -1 else (d + 1) % 4
            continue
        if d == 0:
            line, pos, size = grid[r], c, w
        elif d == 1:
            line, pos, size = cols[c], r, h
        elif d == 2:
            line, pos, size = rrows[r], w - 1 - c, w
        else:
            line, pos, size = rcols[c], h - 1 - r, h
        m = WALL.search(line, pos + 1, pos + k + 1)
        if m:
            new = m.start() - 1
        else:
            new = min(pos + k, size - 1)
        if new - pos < k:
            cut += 1
        if d == 0:
            c = new
        elif d == 1:
            r = new
        elif d == 2:
            c = w - 1 - new
        else:
            r = h - 1 - new
    return [r, c, cut]
