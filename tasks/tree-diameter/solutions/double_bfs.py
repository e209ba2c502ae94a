from collections import deque


def tree_diameter(n, edges):
    # The vertex farthest from any vertex is an end of a longest path; a second search from it gives the diameter.
    adj = {v: [] for v in range(n)}
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def farthest(s):
        dist = {s: 0}
        queue = deque([s])
        last = s
        while queue:
            u = queue.popleft()
            last = u
            for v in adj[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return last, dist[last]

    a, _ = farthest(0)
    _, d = farthest(a)
    return d
