def mst_weight(n, edges):
    # Prim's algorithm with a plain array of best connection costs: O(n) to pick each next node.
    inf = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    in_tree = [False] * n
    cost = [inf] * n
    total = 0
    for _ in range(n):
        u = -1
        best = inf
        for v in range(n):
            if not in_tree[v] and (u < 0 or cost[v] < best):
                best = cost[v]
                u = v
        in_tree[u] = True
        if best != inf:           # inf: u starts a new tree of the forest
            total += best
        for v, w in adj[u]:
            if not in_tree[v] and w < cost[v]:
                cost[v] = w
    return total
