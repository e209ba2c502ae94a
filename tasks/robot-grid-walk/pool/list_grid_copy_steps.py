def robot_walk(grid, commands):
    # Turn the grid into a list of lists of characters, then step cell by cell.
    board = [list(row) for row in grid]
    R, C = len(board), len(board[0])
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    d = 0
    r = c = 0
    blocked = 0
    for cmd in commands:
        if cmd < 0:
            d = (d + (3 if cmd == -1 else 1)) % 4
            continue
        moved = 0
        while moved < cmd:
            nr = r + dr[d]
            nc = c + dc[d]
            if 0 <= nr < R and 0 <= nc < C and board[nr][nc] != "#":
                r, c = nr, nc
                moved += 1
            else:
                break
        if moved != cmd:
            blocked += 1
    return [r, c, blocked]
