from itertools import count, repeat
from operator import add, mul

MOD = (1 << 61) - 1


def merge_checksum(streams):
    k = len(streams)
    codes = []
    for j, s in enumerate(streams):
        codes += map(add, map(mul, s, repeat(k)), repeat(j))
    codes.sort()
    return sum(map(mul, codes, count(1))) % MOD
