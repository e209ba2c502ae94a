import copy

MOD = 10**9 + 7


def multiply(A, B):
    n = len(A)
    C = [[0 for _ in range(n)] for _ in range(n)]
    for i in range(n):
        for j in range(n):
            for k in range(n):
                C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD
    return C


def walk_count_sum(adj, queries):
    n = len(adj)
    max_L = 0
    for q in queries:
        max_L = max(max_L, q[2])
    powers = [copy.deepcopy(adj)]
    while (1 << len(powers)) <= max_L:
        last = copy.deepcopy(powers[-1])
        powers.append(multiply(last, last))
    total = 0
    for s, t, L in queries:
        vec = [[0] * n]
        vec[0][s] = 1
        bit = 0
        while L:
            if L & 1:
                P = powers[bit]
                new = [0] * n
                for j in range(n):
                    for k in range(n):
                        new[j] = (new[j] + vec[0][k] * P[k][j]) % MOD
                vec = [new]
            L >>= 1
            bit += 1
        total = (total + vec[0][t]) % MOD
    return total
