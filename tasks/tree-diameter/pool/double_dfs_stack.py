def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def deepest(s):
        dist = [-1] * n
        dist[s] = 0
        stack = [s]
        best = s
        while stack:
            u = stack.pop()
            if dist[u] > dist[best]:
                best = u
            for v in adj[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + 1
                    stack.append(v)
        return best, dist[best]

    a, _ = deepest(0)
    return deepest(a)[1]
