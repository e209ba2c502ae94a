from collections import deque


class Graph:
    def __init__(self, n):
        self.adj = {v: {} for v in range(n)}

    def add_edge(self, u, v, weight=1):
        self.adj[u][v] = weight
        self.adj[v][u] = weight

    def neighbours(self, u):
        return list(self.adj[u].keys())

    def bfs_layers(self, source):
        """Yields (vertex, distance) in breadth-first order."""
        seen = {source}
        queue = deque([(source, 0)])
        while queue:
            u, d = queue.popleft()
            yield u, d
            for v in self.neighbours(u):
                if v not in seen:
                    seen.add(v)
                    queue.append((v, d + 1))


def tree_diameter(n, edges):
    g = Graph(n)
    for u, v in edges:
        g.add_edge(u, v)
    far, _ = max(g.bfs_layers(0), key=lambda p: p[1])
    _, d = max(g.bfs_layers(far), key=lambda p: p[1])
    return d
