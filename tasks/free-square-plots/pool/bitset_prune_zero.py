from operator import and_


def count_free_squares(grid):
    # Row integers eroded round by round with map(and_) (in C) and a shift comprehension; the popcount of each
    # round from bin().count.
    s = [int(row.translate(str.maketrans(".#", "10")), 2) for row in grid]
    total = 0
    while s and any(s):
        total += sum(bin(x).count("1") for x in s)
        t = list(map(and_, s, s[1:]))
        s = [x & (x << 1) for x in t]
    return total
