def is_bipartite(n, edges):
    # Compressed adjacency: sort the directed half-edges by source and index them by offsets.
    half = []
    for u, v in edges:
        if u == v:
            return False
        half.append((u, v))
        half.append((v, u))
    half.sort()
    start = [0] * (n + 1)
    for u, _ in half:
        start[u + 1] += 1
    for i in range(n):
        start[i + 1] += start[i]
    targets = [v for _, v in half]
    color = [-1] * n
    for s in range(n):
        if color[s] >= 0:
            continue
        color[s] = 0
        stack = [s]
        while stack:
            u = stack.pop()
            c = 1 - color[u]
            for i in range(start[u], start[u + 1]):
                v = targets[i]
                if color[v] < 0:
                    color[v] = c
                    stack.append(v)
                elif color[v] != c:
                    return False
    return True
