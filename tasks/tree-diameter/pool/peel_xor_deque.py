from collections import deque


def tree_diameter(n, edges):
    if n <= 1:
        return 0
    deg = [0] * n
    nx = [0] * n
    for u, v in edges:
        deg[u] += 1
        deg[v] += 1
        nx[u] ^= v
        nx[v] ^= u
    height = [0] * n
    best = 0
    queue = deque(v for v in range(n) if deg[v] == 1)
    for _ in range(n - 1):
        leaf = queue.popleft()
        p = nx[leaf]
        h = height[leaf] + 1
        best = max(best, h + height[p])
        height[p] = max(height[p], h)
        nx[p] ^= leaf
        deg[p] -= 1
        if deg[p] == 1:
            queue.append(p)
    return best
