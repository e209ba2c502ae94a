def robot_walk(grid, commands):
    # Collect the walls in a set of (row, col) pairs, then walk every move one step at a time.
    walls = set()
    for i, row in enumerate(grid):
        for j, ch in enumerate(row):
            if ch == "#":
                walls.add((i, j))
    n, m = len(grid), len(grid[0])
    directions = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    facing = 0
    x, y = 0, 0
    cut = 0
    for cmd in commands:
        if cmd == -1:
            facing = (facing - 1) % 4
            continue
        if cmd == -2:
            facing = (facing + 1) % 4
            continue
        dx, dy = directions[facing]
        steps = 0
        while steps < cmd:
            nx, ny = x + dx, y + dy
            if not (0 <= nx < n and 0 <= ny < m) or (nx, ny) in walls:
                break
            x, y = nx, ny
            steps += 1
        if steps < cmd:
            cut += 1
    return [x, y, cut]
