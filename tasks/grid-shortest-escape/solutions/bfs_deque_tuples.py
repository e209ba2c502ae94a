from collections import deque


def _escape(grid, start):
    rows = len(grid)
    cols = len(grid[0])
    r, c = start
    if r == 0 or c == 0 or r == rows - 1 or c == cols - 1:
        return 0
    # Breadth-first search over (row, col) tuples with a deque, distances in a list of lists; a border cell is the
    # answer as soon as it is reached.
    dist = [[-1] * cols for _ in range(rows)]
    dist[r][c] = 0
    queue = deque([(r, c)])
    while queue:
        y, x = queue.popleft()
        d = dist[y][x] + 1
        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
            if grid[ny][nx] == "." and dist[ny][nx] < 0:
                if ny == 0 or nx == 0 or ny == rows - 1 or nx == cols - 1:
                    return d
                dist[ny][nx] = d
                queue.append((ny, nx))
    return -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
