def _escape(grid, start):
    rows = len(grid)
    cols = len(grid[0])
    r, c = start
    # Bellman-Ford on the grid graph: every pass relaxes every open cell from its four neighbours, using the
    # distances of the previous pass, until a pass changes nothing. Then the nearest open border cell is the answer.
    inf = rows * cols + 1
    dist = [[inf] * cols for _ in range(rows)]
    dist[r][c] = 0
    changed = True
    while changed:
        changed = False
        new = [row[:] for row in dist]
        for i in range(rows):
            for j in range(cols):
                if grid[i][j] == "#":
                    continue
                best = new[i][j]
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < rows and 0 <= nj < cols and dist[ni][nj] + 1 < best:
                        best = dist[ni][nj] + 1
                if best < new[i][j]:
                    new[i][j] = best
                    changed = True
        dist = new
    best = inf
    for i in range(rows):
        for j in range(cols):
            if (i == 0 or j == 0 or i == rows - 1 or j == cols - 1) and dist[i][j] < best:
                best = dist[i][j]
    return best if best < inf else -1


def escape_lengths(grids, starts):
    return [_escape(g, s) for g, s in zip(grids, starts)]
