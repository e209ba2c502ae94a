def topo_order(n, edges):
    # A bytearray flags the ready nodes; the smallest is found with bytearray.find from the start each time.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = bytearray(1 if d == 0 else 0 for d in indegree)
    order = []
    u = ready.find(1)
    while u >= 0:
        ready[u] = 0
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready[v] = 1
        u = ready.find(1)
    return order
