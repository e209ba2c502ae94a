from collections import deque


def tree_diameter(n, edges):
    graph = {}
    for u, v in edges:
        graph.setdefault(u, set()).add(v)
        graph.setdefault(v, set()).add(u)

    def bfs(start):
        dist = {start: 0}
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in graph.get(u, ()):
                if v not in dist:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        far = max(dist, key=dist.get)
        return far, dist[far]

    a, _ = bfs(0)
    return bfs(a)[1]
