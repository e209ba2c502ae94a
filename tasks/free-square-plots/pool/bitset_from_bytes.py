from itertools import repeat
from operator import and_, lshift

_TABLE = bytes.maketrans(b".#", b"10")


def count_free_squares(grid):
    # Row integers built by int() over the translated ASCII bytes; each round is map(and_) with the next row and
    # with itself shifted (in C); the round's count is summed from a comprehension of bit_count calls.
    s = [int(row.encode().translate(_TABLE), 2) for row in grid]
    total = 0
    while True:
        c = sum([x.bit_count() for x in s])
        if c == 0:
            return total
        total += c
        t = list(map(and_, s, s[1:]))
        s = list(map(and_, t, map(lshift, t, repeat(1))))
