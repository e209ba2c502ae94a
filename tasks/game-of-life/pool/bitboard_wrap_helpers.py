def life(board, steps):
    # The board as one big integer; small helpers rotate it one row up or down and one column left or right,
    # and the 3x3 block count is summed with bitwise adders.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    x = int("".join(board).replace("#", "1").replace(".", "0")[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = first_col << (cols - 1)
    keep_west = full ^ first_col
    keep_east = full ^ last_col

    def rot_up(p):
        return ((p << cols) & full) | (p >> (n - cols))

    def rot_down(p):
        return (p >> cols) | ((p << (n - cols)) & full)

    for _ in range(steps):
        west = ((x << 1) & keep_west) | ((x >> (cols - 1)) & first_col)
        east = ((x >> 1) & keep_east) | ((x << (cols - 1)) & last_col)
        ab = x ^ west
        h0 = ab ^ east
        h1 = (x & west) | (east & ab)
        u0, u1, d0, d1 = rot_up(h0), rot_up(h1), rot_down(h0), rot_down(h1)
        t0, k0 = u0 ^ h0, u0 & h0
        s = u1 ^ h1
        t1, t2 = s ^ k0, (u1 & h1) | (k0 & s)
        r0, k1 = t0 ^ d0, t0 & d0
        s = t1 ^ d1
        r1, k2 = s ^ k1, (t1 & d1) | (k1 & s)
        r2, r3 = t2 ^ k2, t2 & k2
        x = (full ^ r3) & ((r1 & r0 & (full ^ r2)) | (r2 & x & (full ^ (r1 | r0))))
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
