def life(board, steps):
    # The whole torus is one big integer (bit r * cols + c is cell (r, c)). Neighbour planes are shifts with
    # wrap-around, and the 3x3 block counts are summed with bitwise adders, so a step is a few dozen big-int
    # operations regardless of the number of cells.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    text = "".join(board)
    x = int(text.translate({35: "1", 46: "0"})[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = int(("1" + "0" * (cols - 1)) * rows, 2)
    not_first = full ^ first_col
    not_last = full ^ last_col
    top_shift = n - cols
    for _ in range(steps):
        # horizontal neighbours (value of column c-1 / c+1 seen at column c), wrapping within the row
        west = ((x << 1) & not_first) | ((x >> (cols - 1)) & first_col)
        east = ((x >> 1) & not_last) | ((x << (cols - 1)) & last_col)
        # 2-bit count of each horizontal triple
        ab = x ^ west
        h0 = ab ^ east
        h1 = (x & west) | (east & ab)
        # the same triples one row up and one row down (rows wrap around)
        u0 = ((h0 << cols) & full) | (h0 >> top_shift)
        u1 = ((h1 << cols) & full) | (h1 >> top_shift)
        d0 = (h0 >> cols) | ((h0 << top_shift) & full)
        d1 = (h1 >> cols) | ((h1 << top_shift) & full)
        # u + h (3 bits), then + d (4 bits): the live count of the 3x3 block
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
        # alive next: block count 3, or block count 4 and alive now
        x = (full ^ r3) & ((r1 & r0 & (full ^ r2)) | (r2 & x & (full ^ (r1 | r0))))
    bits = format(x, "b").zfill(n)[::-1].translate({49: "#", 48: "."})
    return [bits[i:i + cols] for i in range(0, n, cols)]
