def robot_walk(grid, commands):
    # Rows: slice the stretch ahead and find the first wall in it. Columns: build the stretch ahead character by
    # character with a generator, then find in it.
    h, w = len(grid), len(grid[0])
    r = c = 0
    d = 0
    cut = 0
    for k in commands:
        if k == -1:
            d = (d + 3) % 4
            continue
        if k == -2:
            d = (d + 1) % 4
            continue
        if d == 0:
            ahead = grid[r][c + 1:c + k + 1]
        elif d == 2:
            ahead = grid[r][max(0, c - k):c][::-1]
        elif d == 1:
            ahead = "".join(grid[i][c] for i in range(r + 1, min(h, r + k + 1)))
        else:
            ahead = "".join(grid[i][c] for i in range(r - 1, max(-1, r - k - 1), -1))
        j = ahead.find("#")
        steps = len(ahead) if j < 0 else j
        if steps < k:
            cut += 1
        if d == 0:
            c += steps
        elif d == 2:
            c -= steps
        elif d == 1:
            r += steps
        else:
            r -= steps
    return [r, c, cut]
