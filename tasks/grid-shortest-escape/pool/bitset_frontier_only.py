def _escape(grid, start):
    n, m = len(grid), len(grid[0])
    r, c = start
    if r in (0, n - 1) or c in (0, m - 1):
        return 0
    # One bit per cell, rows padded with a blocked bit; only the new frontier is shifted at each step.
    w = m + 1
    bits = "".join(row.replace(".", "1").replace("#", "0") + "0" for row in grid)
    free = int(bits[::-1], 2)
    border = 0
    for y in range(n):
        if y == 0 or y == n - 1:
            border |= ((1 << m) - 1) << (y * w)
        else:
            border |= (1 | (1 << (m - 1))) << (y * w)
    border &= free
    seen = frontier = 1 << (r * w + c)
    d = 0
    while frontier:
        d += 1
        frontier = ((frontier << 1) | (frontier >> 1) | (frontier << w) | (frontier >> w)) & free & ~seen
        if frontier & border:
            return d
        seen |= frontier
    return -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
