from collections import deque


def tree_diameter(n, edges):
    # Adjacency sets in a dict; BFS from 0 finds an end a, BFS from a finds the far end b, and a third BFS from
    # b confirms the length (it is the same in a tree, so the third sweep is wasted work).
    graph = {v: set() for v in range(n)}
    for u, v in edges:
        graph[u].add(v)
        graph[v].add(u)

    def bfs(start):
        dist = {start: 0}
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for w in graph[u]:
                if w not in dist:
                    dist[w] = dist[u] + 1
                    queue.append(w)
        far = max(dist, key=dist.get)
        return far, dist[far]

    a, _ = bfs(0)
    b, d1 = bfs(a)
    _, d2 = bfs(b)
    return max(d1, d2)
