def topo_order(n, edges):
    # Ready nodes in a list; the smallest is found with an explicit loop and the list rebuilt without it.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = [u for u in range(n) if indegree[u] == 0]
    order = []
    while ready:
        best = ready[0]
        for x in ready:
            if x < best:
                best = x
        ready = [x for x in ready if x != best]
        order.append(best)
        for v in succ[best]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    return order
