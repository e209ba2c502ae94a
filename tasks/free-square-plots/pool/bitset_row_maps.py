from itertools import repeat
from operator import and_, lshift

_BITS = str.maketrans(".#", "10")


def count_free_squares(grid):
    # Each row as one integer, a set bit per free cell (column 0 the highest bit). S_k[i] has the bit of column j set
    # when the k x k square with top-left corner (i, j) is free; a (k+1)-square is free exactly when the four
    # k-squares at (i, j), (i+1, j), (i, j+1), (i+1, j+1) are, so S_{k+1}[i] = t & (t << 1) with t = S_k[i] & S_k[i+1].
    # Every step is whole-row integer arithmetic through map, in C (w bits per machine operation); the answer adds
    # the set bits of every S_k (int.bit_count) until none is left: K steps for the largest side K.
    s = [int(row.translate(_BITS), 2) for row in grid]
    total = 0
    while s:
        found = sum(map(int.bit_count, s))
        if not found:
            break
        total += found
        t = list(map(and_, s, s[1:]))
        s = list(map(and_, t, map(lshift, t, repeat(1))))
    return total
