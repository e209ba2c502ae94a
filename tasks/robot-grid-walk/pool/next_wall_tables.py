def robot_walk(grid, commands):
    # Precompute, for every cell and direction, how many free cells lie ahead; then a move is O(1).
    h, w = len(grid), len(grid[0])
    east = [[0] * w for _ in range(h)]
    west = [[0] * w for _ in range(h)]
    south = [[0] * w for _ in range(h)]
    north = [[0] * w for _ in range(h)]
    for i in range(h):
        row = grid[i]
        for j in range(w - 2, -1, -1):
            east[i][j] = 0 if row[j + 1] == "#" else east[i][j + 1] + 1
        for j in range(1, w):
            west[i][j] = 0 if row[j - 1] == "#" else west[i][j - 1] + 1
    for j in range(w):
        for i in range(h - 2, -1, -1):
            south[i][j] = 0 if grid[i + 1][j] == "#" else south[i + 1][j] + 1
        for i in range(1, h):
            north[i][j] = 0 if grid[i - 1][j] == "#" else north[i - 1][j] + 1
    tables = [east, south, west, north]
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = cut = 0
    for k in commands:
        if k == -1:
            d = (d - 1) % 4
        elif k == -2:
            d = (d + 1) % 4
        else:
            free = tables[d][r][c]
            if free < k:
                cut += 1
                k = free
            r += moves[d][0] * k
            c += moves[d][1] * k
    return [r, c, cut]
