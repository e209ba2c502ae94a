def robot_walk(grid, commands):
    # str.find/rfind on rows and on column strings, the columns built by nested Python loops.
    n, m = len(grid), len(grid[0])
    columns = []
    for j in range(m):
        s = ""
        for i in range(n):
            s += grid[i][j]
        columns.append(s)
    x = y = 0
    facing = 0
    cut = 0
    for k in commands:
        if k == -1:
            facing = (facing + 3) % 4
            continue
        if k == -2:
            facing = (facing + 1) % 4
            continue
        if facing == 0:
            j = grid[x].find("#", y + 1, y + k + 1)
            target = j - 1 if j != -1 else min(y + k, m - 1)
            cut += target - y < k
            y = target
        elif facing == 2:
            j = grid[x].rfind("#", max(0, y - k), y)
            target = j + 1 if j != -1 else max(y - k, 0)
            cut += y - target < k
            y = target
        elif facing == 1:
            j = columns[y].find("#", x + 1, x + k + 1)
            target = j - 1 if j != -1 else min(x + k, n - 1)
            cut += target - x < k
            x = target
        else:
            j = columns[y].rfind("#", max(0, x - k), x)
            target = j + 1 if j != -1 else max(x - k, 0)
            cut += x - target < k
            x = target
    return [x, y, cut]
