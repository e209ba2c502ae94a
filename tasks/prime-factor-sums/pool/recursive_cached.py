import sys
from functools import cache


def prime_factor_sums(queries):
    if not queries:
        return []
    sys.setrecursionlimit(10000)
    m = max(queries)
    spf = list(range(m + 1))
    i = 2
    while i * i <= m:
        if spf[i] == i:
            spf[i * i::i] = [min(v, i) for v in spf[i * i::i]]
        i += 1

    @cache
    def s(x):
        if x == 1:
            return 0
        return spf[x] + s(x // spf[x])

    return [s(x) for x in queries]
