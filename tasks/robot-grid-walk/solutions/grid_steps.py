def robot_walk(grid, commands):
    # Walk every move one cell at a time, checking the grid's character at the next cell.
    rows, cols = len(grid), len(grid[0])
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    d = 0
    r = c = 0
    cut = 0
    for cmd in commands:
        if cmd == -1:
            d = (d + 3) % 4
        elif cmd == -2:
            d = (d + 1) % 4
        else:
            dr, dc = dirs[d]
            for _ in range(cmd):
                nr, nc = r + dr, c + dc
                if nr < 0 or nr >= rows or nc < 0 or nc >= cols or grid[nr][nc] == "#":
                    cut += 1
                    break
                r, c = nr, nc
    return [r, c, cut]
