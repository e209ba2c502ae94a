from collections import deque


def _solve(grid, start):
    rows, cols = len(grid), len(grid[0])
    target = (start[0], start[1])
    # Search backwards: every open border cell starts at distance 0, the answer is the start's distance.
    dist = [[-1] * cols for _ in range(rows)]
    q = deque()
    for r in range(rows):
        for c in range(cols):
            if (r == 0 or c == 0 or r == rows - 1 or c == cols - 1) and grid[r][c] == ".":
                dist[r][c] = 0
                q.append((r, c))
    if dist[target[0]][target[1]] == 0:
        return 0
    while q:
        r, c = q.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] == -1 and grid[nr][nc] == ".":
                dist[nr][nc] = dist[r][c] + 1
                if (nr, nc) == target:
                    return dist[nr][nc]
                q.append((nr, nc))
    return -1


def escape_lengths(grids, starts):
    return [_solve(g, s) for g, s in zip(grids, starts)]
