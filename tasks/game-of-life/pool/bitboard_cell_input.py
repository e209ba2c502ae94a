def life(board, steps):
    # The board as one big integer built cell by cell; each step sums the 3x3 block with bitwise adders.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    x = 0
    first_col = 0
    for r in range(rows):
        first_col |= 1 << (r * cols)
        for c in range(cols):
            if board[r][c] == "#":
                x |= 1 << (r * cols + c)
    last_col = first_col << (cols - 1)
    for _ in range(steps):
        west = ((x << 1) & ~first_col & full) | ((x >> (cols - 1)) & first_col)
        east = ((x >> 1) & ~last_col) | ((x << (cols - 1)) & last_col)
        ab = x ^ west
        h0 = ab ^ east
        h1 = (x & west) | (east & ab)
        u0 = ((h0 << cols) & full) | (h0 >> (n - cols))
        u1 = ((h1 << cols) & full) | (h1 >> (n - cols))
        d0 = (h0 >> cols) | ((h0 << (n - cols)) & full)
        d1 = (h1 >> cols) | ((h1 << (n - cols)) & full)
        t0, k0 = u0 ^ h0, u0 & h0
        s = u1 ^ h1
        t1, t2 = s ^ k0, (u1 & h1) | (k0 & s)
        r0, k1 = t0 ^ d0, t0 & d0
        s = t1 ^ d1
        r1, k2 = s ^ k1, (t1 & d1) | (k1 & s)
        r2, r3 = t2 ^ k2, t2 & k2
        x = ~r3 & ((r1 & r0 & ~r2) | (r2 & x & ~(r1 | r0))) & full
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
