_BITS = bytes.maketrans(b".#", b"10")


def count_free_squares(grid):
    # The whole map as one integer: rows in order, each followed by a 0 bit (a blocked separator column), a set
    # bit per free cell, row 0 in the highest bits; the cell below a bit is W = C + 1 bits lower and the cell to
    # its right 1 bit lower. S_k has a corner's bit set when the k x k plot with that top-left corner is free; a
    # (k+1)-plot is free exactly when the k-plots at the corner, below it, right of it and diagonally are, so
    # S_{k+1} = t & (t << 1) with t = S_k & (S_k << W) (the separators stop plots at the right edge, the zero bits
    # shifted in at the bottom stop them at the last row). The answer adds the set bits of every S_k
    # (int.bit_count) until none is left: K rounds of a few whole-map integer operations, w bits per machine step.
    if not grid:
        return 0
    W = len(grid[0]) + 1
    s = int(("#".join(grid) + "#").encode("ascii").translate(_BITS), 2)
    total = 0
    while s:
        total += s.bit_count()
        t = s & (s << W)
        s = t & (t << 1)
    return total
