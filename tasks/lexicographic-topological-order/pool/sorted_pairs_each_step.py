def topo_order(n, edges):
    # Ready nodes kept as (node, number of successors) pairs; the list is re-sorted before every pick.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = [(u, len(succ[u])) for u in range(n) if indegree[u] == 0]
    order = []
    while ready:
        ready = sorted(ready)
        u, _ = ready[0]
        ready = ready[1:]
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append((v, len(succ[v])))
    return order
