from collections import deque


def tree_diameter(n, edges):
    # Two BFS that record parents; the length of the path is found by walking back from the far end.
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)

    def bfs(s):
        parent = [None] * n
        parent[s] = s
        q = deque([s])
        last = s
        while q:
            last = q.popleft()
            for v in adj[last]:
                if parent[v] is None:
                    parent[v] = last
                    q.append(v)
        return last, parent

    a, _ = bfs(0)
    b, parent = bfs(a)
    length = 0
    while b != a:
        b = parent[b]
        length += 1
    return length
