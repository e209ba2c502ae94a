from collections import defaultdict, deque


def is_bipartite(n, edges):
    # Textbook BFS: adjacency sets in a dict, colours in a dict, a deque as the queue.
    adj = defaultdict(set)
    for u, v in edges:
        if u == v:
            return False
        adj[u].add(v)
        adj[v].add(u)
    color = {}
    for s in adj:
        if s in color:
            continue
        color[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False
    return True
