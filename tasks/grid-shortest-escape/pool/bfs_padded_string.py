def _escape(grid, start):
    rows, cols = len(grid), len(grid[0])
    # Surround the grid with a ring of 'E' (exit) cells: reaching one means the previous cell was on the border.
    w = cols + 2
    flat = "E" * w + "".join("E" + row + "E" for row in grid) + "E" * w
    seen = [False] * len(flat)
    s = (start[0] + 1) * w + start[1] + 1
    seen[s] = True
    level = [s]
    d = 0
    moves = (1, -1, w, -w)
    while level:
        nxt = []
        for p in level:
            for mv in moves:
                q = p + mv
                ch = flat[q]
                if ch == "E":
                    return d
                if ch == "." and not seen[q]:
                    seen[q] = True
                    nxt.append(q)
        level = nxt
        d += 1
    return -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
