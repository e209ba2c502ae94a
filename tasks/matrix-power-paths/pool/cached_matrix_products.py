from operator import mul

MOD = 10**9 + 7


def matmul(A, B):
    cols = list(zip(*B))
    return [[sum(map(mul, row, col)) % MOD for col in cols] for row in A]


def walk_count_sum(adj, queries):
    # Powers A^(2^i) are cached; each query assembles A^L from them by matrix products and reads entry (s, t).
    n = len(adj)
    identity = [[int(i == j) for j in range(n)] for i in range(n)]
    cache = [adj]
    total = 0
    for s, t, L in queries:
        result = identity
        i = 0
        while L:
            if i == len(cache):
                cache.append(matmul(cache[-1], cache[-1]))
            if L & 1:
                result = cache[i] if result is identity else matmul(result, cache[i])
            L >>= 1
            i += 1
        total += result[s][t]
    return total % MOD
