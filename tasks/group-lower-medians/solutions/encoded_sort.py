from collections import Counter
from itertools import accumulate, repeat
from operator import add, mul, rshift, sub

_SHIFT = 1 << 32  # more than twice the largest |value|: g * _SHIFT + v orders records by (g, v)


def sum_group_medians(groups, values):
    # Pack each record as one int g * 2**32 + v (map over operator functions, in C) and sort those ints: each
    # group's values end up contiguous and ascending. The groups' sizes in id order give each group's start
    # (accumulate) and its lower median's position (start + (c - 1) // 2); the packed medians are summed in C and
    # the group parts (g * 2**32 for each group) subtracted.
    keys = sorted(map(add, map(mul, groups, repeat(_SHIFT)), values))
    counts = Counter(groups)
    ids = sorted(counts)
    sizes = list(map(counts.__getitem__, ids))
    mids = map(add, accumulate(sizes, initial=0), map(rshift, map(sub, sizes, repeat(1)), repeat(1)))
    return sum(map(keys.__getitem__, mids)) - sum(ids) * _SHIFT
