def count_components(n, edges):
    adj = {v: set() for v in range(n)}
    for u, v in edges:
        adj[u].add(v)
        adj[v].add(u)
    unvisited = set(range(n))
    components = 0
    while unvisited:
        s = unvisited.pop()
        components += 1
        stack = [s]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v in unvisited:
                    unvisited.remove(v)
                    stack.append(v)
    return components
