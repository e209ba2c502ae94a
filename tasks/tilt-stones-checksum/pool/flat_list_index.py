def tilt_checksum(grid, moves):
    # One flat list of characters; a tilt walks each line by index arithmetic (start, stride) and keeps the
    # position the next stone falls to.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    cells = list("".join(grid))
    for m in moves:
        if m == "N":
            lines = [(c, C, R) for c in range(C)]
        elif m == "S":
            lines = [((R - 1) * C + c, -C, R) for c in range(C)]
        elif m == "W":
            lines = [(r * C, 1, C) for r in range(R)]
        else:
            lines = [(r * C + C - 1, -1, C) for r in range(R)]
        for start, step, length in lines:
            target = start
            pos = start
            for _ in range(length):
                ch = cells[pos]
                if ch == "#":
                    target = pos + step
                elif ch == "O":
                    cells[pos] = "."
                    cells[target] = "O"
                    target += step
                pos += step
    return sum(i + 1 for i, ch in enumerate(cells) if ch == "O")
