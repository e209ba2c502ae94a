from operator import mul

MOD = 1_000_000_007


def walk_count_sum(adj, queries):
    # Each query walks a row vector forward one step at a time: after j steps, v[u] is the number of walks of
    # length j from s to u. One step is k dot products of length k, sum(map(mul, v, column)) in C.
    # O(q * L * k^2).
    k = len(adj)
    cols = list(zip(*adj))
    total = 0
    for s, t, length in queries:
        v = [0] * k
        v[s] = 1
        for _ in range(length):
            v = [sum(map(mul, v, col)) % MOD for col in cols]
        total += v[t]
    return total % MOD
