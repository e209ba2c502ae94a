def life(board, steps):
    # Each row is an integer bitmask (bit c is column c). Per step and per row, the 2-bit counts of the horizontal
    # triples are computed with rotations, and the three triples of rows r-1, r, r+1 are summed with bitwise adders.
    rows, cols = len(board), len(board[0])
    full = (1 << cols) - 1
    grid = [int(row.translate({35: "1", 46: "0"})[::-1], 2) for row in board]
    for _ in range(steps):
        h0s = []
        h1s = []
        for x in grid:
            west = ((x << 1) & full) | (x >> (cols - 1))
            east = (x >> 1) | ((x << (cols - 1)) & full)
            ab = x ^ west
            h0s.append(ab ^ east)
            h1s.append((x & west) | (east & ab))
        new = []
        for r in range(rows):
            up = r - 1
            down = r + 1 if r + 1 < rows else 0
            u0, u1 = h0s[up], h1s[up]
            m0, m1 = h0s[r], h1s[r]
            d0, d1 = h0s[down], h1s[down]
            t0 = u0 ^ m0
            k0 = u0 & m0
            s = u1 ^ m1
            t1 = s ^ k0
            t2 = (u1 & m1) | (k0 & s)
            r0 = t0 ^ d0
            k1 = t0 & d0
            s = t1 ^ d1
            r1 = s ^ k1
            k2 = (t1 & d1) | (k1 & s)
            r2 = t2 ^ k2
            r3 = t2 & k2
            x = grid[r]
            new.append((full ^ r3) & ((r1 & r0 & (full ^ r2)) | (r2 & x & (full ^ (r1 | r0)))))
        grid = new
    return [format(x, "b").zfill(cols)[::-1].translate({49: "#", 48: "."}) for x in grid]
