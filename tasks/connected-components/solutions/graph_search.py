from collections import defaultdict, deque


def count_components(n, edges):
    # Breadth-first search from every node not yet visited; each search floods one component.
    adj = defaultdict(list)
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    visited = set()
    components = 0
    for start in range(n):
        if start in visited:
            continue
        components += 1
        visited.add(start)
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if v not in visited:
                    visited.add(v)
                    queue.append(v)
    return components
