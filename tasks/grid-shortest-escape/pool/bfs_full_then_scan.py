from collections import deque


def escape_lengths(grids, starts):
    out = []
    for grid, (sr, sc) in zip(grids, starts):
        n, m = len(grid), len(grid[0])
        # Distances to every reachable cell, then the smallest on the border.
        dist = [-1] * (n * m)
        dist[sr * m + sc] = 0
        dq = deque([sr * m + sc])
        while dq:
            cur = dq.popleft()
            r, c = divmod(cur, m)
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < m:
                    idx = nr * m + nc
                    if dist[idx] == -1 and grid[nr][nc] == ".":
                        dist[idx] = dist[cur] + 1
                        dq.append(idx)
        border = [i for i in range(m)] + [(n - 1) * m + i for i in range(m)]
        border += [r * m for r in range(n)] + [r * m + m - 1 for r in range(n)]
        reached = [dist[i] for i in border if dist[i] >= 0]
        out.append(min(reached) if reached else -1)
    return out
