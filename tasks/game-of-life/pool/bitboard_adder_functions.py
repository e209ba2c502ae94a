def half_add(a, b):
    return a ^ b, a & b


def full_add(a, b, c):
    s, k1 = half_add(a, b)
    s, k2 = half_add(s, c)
    return s, k1 | k2


def life(board, steps):
    # The board as one big integer (bit r * cols + c); neighbour planes by shifts with wrap-around, and the
    # 3x3 block count summed with half and full adder helpers.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    x = int("".join(board).replace("#", "1").replace(".", "0")[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = int(("1" + "0" * (cols - 1)) * rows, 2)
    for _ in range(steps):
        west = ((x << 1) & (full ^ first_col)) | ((x >> (cols - 1)) & first_col)
        east = ((x >> 1) & (full ^ last_col)) | ((x << (cols - 1)) & last_col)
        h0, h1 = full_add(x, west, east)
        u0 = ((h0 << cols) & full) | (h0 >> (n - cols))
        u1 = ((h1 << cols) & full) | (h1 >> (n - cols))
        d0 = (h0 >> cols) | ((h0 << (n - cols)) & full)
        d1 = (h1 >> cols) | ((h1 << (n - cols)) & full)
        # bit 0: u0 + h0 + d0; bit 1: the carries plus u1 + h1 + d1 (weight 2); bit 2 and 3 from their carries
        r0, c0 = full_add(u0, h0, d0)
        s1, c1 = full_add(u1, h1, d1)
        r1, c2 = half_add(s1, c0)
        r2, r3 = half_add(c1, c2)
        x = (full ^ r3) & ((r1 & r0 & (full ^ r2)) | (r2 & x & (full ^ (r1 | r0))))
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
