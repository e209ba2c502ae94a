from collections import deque


def escape_lengths(grids, starts):
    out = []
    for grid, (r, c) in zip(grids, starts):
        rows, cols = len(grid), len(grid[0])
        cells = "".join(grid)
        dist = [-1] * (rows * cols)
        s = r * cols + c
        dist[s] = 0
        dq = deque([s])
        answer = -1
        while dq:
            p = dq.popleft()
            y, x = divmod(p, cols)
            if y == 0 or x == 0 or y == rows - 1 or x == cols - 1:
                answer = dist[p]
                break
            for q in (p - 1, p + 1, p - cols, p + cols):
                if dist[q] < 0 and cells[q] == ".":
                    dist[q] = dist[p] + 1
                    dq.append(q)
        out.append(answer)
    return out
