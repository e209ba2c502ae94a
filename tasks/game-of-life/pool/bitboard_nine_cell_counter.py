def life(board, steps):
    # The board as one big integer; the nine cells of each 3x3 block (shifted copies of the board) are added
    # into a 4-bit counter with a ripple-carry loop, and a cell lives if the block holds 3, or 4 with the cell.
    rows, cols = len(board), len(board[0])
    n = rows * cols
    full = (1 << n) - 1
    x = int("".join(board).replace("#", "1").replace(".", "0")[::-1], 2)
    first_col = int(("0" * (cols - 1) + "1") * rows, 2)
    last_col = first_col << (cols - 1)
    for _ in range(steps):
        row_planes = [x,
                      ((x << 1) & (full ^ first_col)) | ((x >> (cols - 1)) & first_col),
                      ((x >> 1) & (full ^ last_col)) | ((x << (cols - 1)) & last_col)]
        planes = list(row_planes)
        for p in row_planes:
            planes.append(((p << cols) & full) | (p >> (n - cols)))
            planes.append((p >> cols) | ((p << (n - cols)) & full))
        counter = [0, 0, 0, 0]
        for p in planes:
            carry = p
            for i in range(4):
                counter[i], carry = counter[i] ^ carry, counter[i] & carry
        b0, b1, b2, b3 = counter
        is3 = b0 & b1 & (full ^ b2) & (full ^ b3)
        is4 = (full ^ b0) & (full ^ b1) & b2 & (full ^ b3)
        x = is3 | (is4 & x)
    bits = format(x, "b").zfill(n)[::-1].replace("1", "#").replace("0", ".")
    return [bits[i:i + cols] for i in range(0, n, cols)]
