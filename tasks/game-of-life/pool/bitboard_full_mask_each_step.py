def life(board, steps):
    # The board as one big integer; the all-ones mask is rebuilt from a string at every step, then the 3x3 block count is summed with bitwise adders.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    x = int("".join(board).replace("#", "1").replace(".", "0")[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = int(("1" + "0" * (cols - 1)) * rows, 2)
    for _ in range(steps):
        full = int("1" * n, 2)
        west = ((x << 1) & (full - first_col)) | ((x >> (cols - 1)) & first_col)
        east = ((x >> 1) & (full - last_col)) | ((x << (cols - 1)) & last_col)
        ab = x ^ west
        h0 = ab ^ east
        h1 = (x & west) | (east & ab)
        u0 = ((h0 << cols) & full) | (h0 >> (n - cols))
        u1 = ((h1 << cols) & full) | (h1 >> (n - cols))
        d0 = (h0 >> cols) | ((h0 << (n - cols)) & full)
        d1 = (h1 >> cols) | ((h1 << (n - cols)) & full)
        t0 = u0 ^ h0
        k0 = u0 & h0
        s = u1 ^ h1
        t1 = s ^ k0
        t2 = (u1 & h1) | (k0 & s)
        r0 = t0 ^ d0
        k1 = t0 & d0
        s = t1 ^ d1
        r1 = s ^ k1
        k2 = (t1 & d1) | (k1 & s)
        r2 = t2 ^ k2
        r3 = t2 & k2
        x = (full - r3) & ((r1 & r0 & (full - r2)) | (r2 & x & (full - (r1 | r0))))
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
