MOD = 10**9 + 7


def mat_mul(A, B):
    n = len(A)
    return [[sum(A[i][l] * B[l][j] for l in range(n)) % MOD for j in range(n)] for i in range(n)]


def walk_count_sum(adj, queries):
    n = len(adj)
    if not queries:
        return 0
    top = max(L for _, _, L in queries).bit_length()
    pows = [adj]
    for _ in range(top - 1):
        pows.append(mat_mul(pows[-1], pows[-1]))
    ans = 0
    for s, t, L in queries:
        v = [0] * n
        v[s] = 1
        for b in range(L.bit_length()):
            if (L >> b) & 1:
                P = pows[b]
                v = [sum(v[i] * P[i][j] for i in range(n)) % MOD for j in range(n)]
        ans = (ans + v[t]) % MOD
    return ans
