from operator import mul

MOD = 1_000_000_007


def walk_count_sum(adj, queries):
    # Each query raises the matrix to its own power by repeated squaring, applying the squares whose bit is set in L
    # to the row vector of s: log L matrix products per query, none shared between queries. Products are
    # sum(map(mul, row, column)) in C. O(q * k^3 * log L).
    k = len(adj)
    total = 0
    for s, t, length in queries:
        v = [0] * k
        v[s] = 1
        p = adj
        while length:
            cols = list(zip(*p))
            if length & 1:
                v = [sum(map(mul, v, col)) % MOD for col in cols]
            length >>= 1
            if length:
                p = [[sum(map(mul, row, col)) % MOD for col in cols] for row in p]
        total += v[t]
    return total % MOD
