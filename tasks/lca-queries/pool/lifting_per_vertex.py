def lca_queries(parent, queries):
    # Binary lifting with one list of ancestors per vertex: jump[v][k] is the 2^k-th ancestor of v.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    log = max(1, n.bit_length())
    depth = [0] * n
    jump = [[0] * log for _ in range(n)]
    stack = [0]
    while stack:
        u = stack.pop()
        for k in range(1, log):
            jump[u][k] = jump[jump[u][k - 1]][k - 1]
        for v in children[u]:
            depth[v] = depth[u] + 1
            jump[v][0] = u
            stack.append(v)
    out = []
    for a, b in queries:
        if depth[a] < depth[b]:
            a, b = b, a
        for k in range(log - 1, -1, -1):
            if depth[a] - (1 << k) >= depth[b]:
                a = jump[a][k]
        if a != b:
            for k in range(log - 1, -1, -1):
                if jump[a][k] != jump[b][k]:
                    a = jump[a][k]
                    b = jump[b][k]
            a = jump[a][0]
        out.append(a)
    return out
