def tree_diameter(n, edges):
    # Iterative DFS from vertex 0; children are finished before their parent, which combines its two tallest.
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    parent = [-1] * n
    order = []
    stack = [0]
    parent[0] = 0
    while stack:
        u = stack.pop()
        order.append(u)
        for v in adj[u]:
            if parent[v] < 0:
                parent[v] = u
                stack.append(v)
    height = [0] * n
    best = 0
    for u in reversed(order):
        top1 = top2 = 0
        for v in adj[u]:
            if parent[v] == u and v != u:
                h = height[v] + 1
                if h > top1:
                    top1, top2 = h, top1
                elif h > top2:
                    top2 = h
        height[u] = top1
        if top1 + top2 > best:
            best = top1 + top2
    return best
