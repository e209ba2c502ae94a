MOD = 10**9 + 7


def mat_mult(A, B):
    n = len(A)
    result = [[0] * n for _ in range(n)]
    Bt = list(zip(*B))
    for i in range(n):
        row = A[i]
        for j in range(n):
            result[i][j] = sum(a * b for a, b in zip(row, Bt[j])) % MOD
    return result


def mat_pow(M, p):
    n = len(M)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    base = [row[:] for row in M]
    while p > 0:
        if p & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        p >>= 1
    return result


def walk_count_sum(adj, queries):
    total = 0
    for s, t, L in queries:
        total = (total + mat_pow(adj, L)[s][t]) % MOD
    return total
