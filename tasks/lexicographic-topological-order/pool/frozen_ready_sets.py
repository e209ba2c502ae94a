def topo_order(n, edges):
    # The ready set is treated as immutable: every change builds a new frozenset, and the smallest node is
    # taken with min().
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = frozenset(u for u in range(n) if indegree[u] == 0)
    order = []
    while ready:
        u = min(ready)
        ready = ready - {u}
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready = ready | {v}
    return order
