MOD = 10**9 + 7


def multiply(a, b):
    # i-k-j order: row i of the product accumulates a[i][k] * row k of b; zero entries are skipped
    n = len(a)
    out = []
    for i in range(n):
        acc = [0] * n
        for k, x in enumerate(a[i]):
            if x:
                bk = b[k]
                for j in range(n):
                    acc[j] += x * bk[j]
        out.append([c % MOD for c in acc])
    return out


def apply(vec, m):
    n = len(vec)
    acc = [0] * n
    for k, x in enumerate(vec):
        if x:
            mk = m[k]
            for j in range(n):
                acc[j] += x * mk[j]
    return [c % MOD for c in acc]


def walk_count_sum(adj, queries):
    longest = max((L for _, _, L in queries), default=0)
    squares = [[row[:] for row in adj]]
    while (1 << len(squares)) <= longest:
        squares.append(multiply(squares[-1], squares[-1]))
    n = len(adj)
    answer = 0
    for s, t, L in queries:
        vec = [0] * n
        vec[s] = 1
        i = 0
        while L:
            if L & 1:
                vec = apply(vec, squares[i])
            L >>= 1
            i += 1
        answer += vec[t]
    return answer % MOD
