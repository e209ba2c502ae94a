MOD = 10**9 + 7


def matmul(A, B):
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) % MOD for col in cols] for row in A]


def walk_count_sum(adj, queries):
    if not queries:
        return 0
    max_L = max(L for _, _, L in queries)
    pw = [adj]
    while (1 << len(pw)) <= max_L:
        pw.append(matmul(pw[-1], pw[-1]))
    cols = [list(zip(*p)) for p in pw]
    total = 0
    for s, t, L in queries:
        if L == 0:
            total += 1 if s == t else 0
            continue
        vec = None
        i = 0
        while L:
            if L & 1:
                if vec is None:
                    vec = list(pw[i][s])
                else:
                    vec = [sum(a * b for a, b in zip(vec, c)) % MOD for c in cols[i]]
            L >>= 1
            i += 1
        total += vec[t]
    return total % MOD
