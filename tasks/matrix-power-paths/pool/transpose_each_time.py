from operator import mul

MOD = 1_000_000_007


def mat_mul(a, b):
    bt = list(zip(*b))
    return [[sum(map(mul, r, c)) % MOD for c in bt] for r in a]


def vec_mul(v, m):
    return [sum(map(mul, v, c)) % MOD for c in zip(*m)]


def walk_count_sum(adj, queries):
    memo = {1: adj}

    def power_of_two(e):
        if e not in memo:
            half = power_of_two(e // 2)
            memo[e] = mat_mul(half, half)
        return memo[e]

    k = len(adj)
    total = 0
    for s, t, L in queries:
        v = [0] * k
        v[s] = 1
        e = 1
        while L:
            if L & 1:
                v = vec_mul(v, power_of_two(e))
            L >>= 1
            e <<= 1
        total += v[t]
    return total % MOD
