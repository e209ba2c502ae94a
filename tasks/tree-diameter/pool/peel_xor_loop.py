def tree_diameter(n, edges):
    # Leaf peeling with neighbour XORs, one pass over the n - 1 removals.
    if n < 2:
        return 0
    degree = [0] * n
    other = [0] * n
    for e in edges:
        a, b = e
        degree[a] += 1
        degree[b] += 1
        other[a] ^= b
        other[b] ^= a
    down = [0] * n
    best = 0
    stack = [v for v in range(n) if degree[v] == 1]
    for _ in range(n - 1):
        v = stack.pop()
        p = other[v]
        h = down[v] + 1
        if h + down[p] > best:
            best = h + down[p]
        if h > down[p]:
            down[p] = h
        other[p] ^= v
        degree[p] -= 1
        if degree[p] == 1:
            stack.append(p)
    return best
