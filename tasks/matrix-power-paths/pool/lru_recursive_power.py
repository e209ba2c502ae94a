from functools import lru_cache

MOD = 10**9 + 7


def walk_count_sum(adj, queries):
    n = len(adj)
    A = tuple(tuple(row) for row in adj)

    def mul(X, Y):
        cols = list(zip(*Y))
        return tuple(tuple(sum(a * b for a, b in zip(row, col)) % MOD for col in cols) for row in X)

    identity = tuple(tuple(1 if i == j else 0 for j in range(n)) for i in range(n))

    @lru_cache(maxsize=None)
    def power(e):
        if e == 0:
            return identity
        if e == 1:
            return A
        half = power(e // 2)
        sq = mul(half, half)
        return mul(sq, A) if e % 2 else sq

    total = 0
    for s, t, L in queries:
        total += power(L)[s][t]
    return total % MOD
