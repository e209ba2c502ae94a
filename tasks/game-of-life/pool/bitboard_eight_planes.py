def life(board, steps):
    # The board as one big integer; the eight neighbour planes are shifted copies (with wrap-around), added into
    # a 4-bit counter one plane at a time.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    x = 0
    text = "".join(board)
    x = int(text.replace("#", "1").replace(".", "0")[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = first_col << (cols - 1)

    def west(p):
        return ((p << 1) & (full ^ first_col)) | ((p >> (cols - 1)) & first_col)

    def east(p):
        return ((p >> 1) & (full ^ last_col)) | ((p << (cols - 1)) & last_col)

    def up(p):
        return ((p << cols) & full) | (p >> (n - cols))

    def down(p):
        return (p >> cols) | ((p << (n - cols)) & full)

    for _ in range(steps):
        w, e = west(x), east(x)
        planes = [w, e, up(x), up(w), up(e), down(x), down(w), down(e)]
        b0 = b1 = b2 = b3 = 0
        for p in planes:
            c = b0 & p
            b0 ^= p
            c2 = b1 & c
            b1 ^= c
            c3 = b2 & c2
            b2 ^= c2
            b3 |= c3
        three = b0 & b1 & ~b2 & ~b3
        two = ~b0 & b1 & ~b2 & ~b3
        x = (three | (two & x)) & full
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
