def topo_order(n, edges):
    # Repeatedly scan all nodes for the smallest one not yet placed whose predecessors are all placed.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    placed = [False] * n
    order = []
    for _ in range(n):
        for u in range(n):
            if not placed[u] and indegree[u] == 0:
                break
        placed[u] = True
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
    return order
