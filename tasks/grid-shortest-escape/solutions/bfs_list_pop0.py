def _escape(grid, start):
    rows = len(grid)
    cols = len(grid[0])
    r, c = start
    if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
        return 0
    # Breadth-first search with a plain list as the queue (pop(0) from its front) of (row, col, dist) tuples and a
    # set of visited cell numbers; a border cell is the answer as soon as it is reached.
    visited = {r * cols + c}
    queue = [(r, c, 0)]
    while queue:
        y, x, d = queue.pop(0)
        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
            if grid[ny][nx] == "." and ny * cols + nx not in visited:
                if ny == 0 or nx == 0 or ny == rows - 1 or nx == cols - 1:
                    return d + 1
                visited.add(ny * cols + nx)
                queue.append((ny, nx, d + 1))
    return -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
