from collections import deque


def shortest_escape(grid, start):
    rows, cols = len(grid), len(grid[0])
    sr, sc = start
    dist = {(sr, sc): 0}
    q = deque([(sr, sc)])
    while q:
        r, c = q.popleft()
        if r == 0 or r == rows - 1 or c == 0 or c == cols - 1:
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1


def escape_lengths(grids, starts):
    result = []
    for grid, start in zip(grids, starts):
        result.append(shortest_escape(grid, start))
    return result
