def life(board, steps):
    # Each column is an integer bitmask (bit r is row r); vertical triples by rotations, then the triples of
    # columns c-1, c, c+1 are summed with bitwise adders.
    rows, cols = len(board), len(board[0])
    full = (1 << rows) - 1
    grid = []
    for c in range(cols):
        m = 0
        for r in range(rows):
            if board[r][c] == "#":
                m |= 1 << r
        grid.append(m)
    for _ in range(steps):
        v0 = []
        v1 = []
        for x in grid:
            north = ((x << 1) & full) | (x >> (rows - 1))
            south = (x >> 1) | ((x << (rows - 1)) & full)
            ab = x ^ north
            v0.append(ab ^ south)
            v1.append((x & north) | (south & ab))
        new = []
        for c in range(cols):
            left = c - 1
            right = (c + 1) % cols
            t0 = v0[left] ^ v0[c]
            k0 = v0[left] & v0[c]
            s = v1[left] ^ v1[c]
            t1 = s ^ k0
            t2 = (v1[left] & v1[c]) | (k0 & s)
            r0 = t0 ^ v0[right]
            k1 = t0 & v0[right]
            s = t1 ^ v1[right]
            r1 = s ^ k1
            k2 = (t1 & v1[right]) | (k1 & s)
            r2 = t2 ^ k2
            r3 = t2 & k2
            x = grid[c]
            new.append((full ^ r3) & ((r1 & r0 & (full ^ r2)) | (r2 & x & (full ^ (r1 | r0)))))
        grid = new
    return ["".join("#" if grid[c] >> r & 1 else "." for c in range(cols)) for r in range(rows)]
