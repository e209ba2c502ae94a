MOD = 1_000_000_007


def mat_mult(A, B):
    n = len(A)
    C = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for l in range(n):
                s += A[i][l] * B[l][j]
            C[i][j] = s % MOD
    return C


def vec_mult(v, M):
    n = len(v)
    res = [0] * n
    for j in range(n):
        s = 0
        for i in range(n):
            s += v[i] * M[i][j]
        res[j] = s % MOD
    return res


def walk_count_sum(adj, queries):
    if not queries:
        return 0
    max_len = max(q[2] for q in queries)
    powers = [adj]
    for _ in range(1, max_len.bit_length()):
        powers.append(mat_mult(powers[-1], powers[-1]))
    n = len(adj)
    total = 0
    for s, t, L in queries:
        v = [0] * n
        v[s] = 1
        bit = 0
        while L:
            if L & 1:
                v = vec_mult(v, powers[bit])
            L >>= 1
            bit += 1
        total = (total + v[t]) % MOD
    return total
