from functools import lru_cache


def range_min(a, queries):
    table = [a]
    span = 1
    while 2 * span <= len(a):
        prev = table[-1]
        table.append([x if x < y else y for x, y in zip(prev, prev[span:])])
        span *= 2

    @lru_cache(maxsize=None)
    def query(l, r):
        k = (r - l + 1).bit_length() - 1
        x, y = table[k][l], table[k][r - (1 << k) + 1]
        return x if x < y else y

    return [query(l, r) for l, r in queries]
