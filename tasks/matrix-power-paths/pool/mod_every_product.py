MOD = 1000000007


def mat_mult(A, B):
    n = len(A)
    Bt = [[B[i][j] for i in range(n)] for j in range(n)]
    return [[sum(x * y % MOD for x, y in zip(A[i], Bt[j])) % MOD for j in range(n)] for i in range(n)]


def walk_count_sum(adj, queries):
    n = len(adj)
    max_L = max([q[2] for q in queries] + [0])
    powers = [adj]
    while 2 ** len(powers) <= max_L:
        powers.append(mat_mult(powers[-1], powers[-1]))
    result = 0
    for s, t, L in queries:
        row = [1 if j == s else 0 for j in range(n)]
        b = 0
        while L > 0:
            if L % 2 == 1:
                P = powers[b]
                row = [sum(row[i] * P[i][j] % MOD for i in range(n)) % MOD for j in range(n)]
            L //= 2
            b += 1
        result = (result + row[t]) % MOD
    return result
