def tilt_checksum(grid, moves):
    # A mutable list-of-lists copy; each tilt scans every line cell by cell, keeping the next free cell of the
    # current run and moving each stone there.
    g = [list(row) for row in grid]
    R = len(g)
    C = len(g[0]) if R else 0
    for m in moves:
        if m == "N":
            for c in range(C):
                free = 0
                for r in range(R):
                    if g[r][c] == "#":
                        free = r + 1
                    elif g[r][c] == "O":
                        g[r][c] = "."
                        g[free][c] = "O"
                        free += 1
        elif m == "S":
            for c in range(C):
                free = R - 1
                for r in range(R - 1, -1, -1):
                    if g[r][c] == "#":
                        free = r - 1
                    elif g[r][c] == "O":
                        g[r][c] = "."
                        g[free][c] = "O"
                        free -= 1
        elif m == "W":
            for r in range(R):
                free = 0
                for c in range(C):
                    if g[r][c] == "#":
                        free = c + 1
                    elif g[r][c] == "O":
                        g[r][c] = "."
                        g[r][free] = "O"
                        free += 1
        else:
            for r in range(R):
                free = C - 1
                for c in range(C - 1, -1, -1):
                    if g[r][c] == "#":
                        free = c - 1
                    elif g[r][c] == "O":
                        g[r][c] = "."
                        g[r][free] = "O"
                        free -= 1
    total = 0
    for r in range(R):
        for c in range(C):
            if g[r][c] == "O":
                total += r * C + c + 1
    return total
