from collections import defaultdict, deque


def shortest_distances(n, edges):
    # Label-correcting shortest paths (Bellman-Ford with a work queue) over a dict-of-lists graph; a node is
    # re-queued whenever its distance improves and it is not already waiting.
    graph = defaultdict(list)
    for u, v, w in edges:
        graph[u].append((v, w))
    dist = {0: 0}
    pending = deque([0])
    in_queue = {0}
    while pending:
        u = pending.popleft()
        in_queue.remove(u)
        for v, w in graph[u]:
            nd = dist[u] + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                if v not in in_queue:
                    in_queue.add(v)
                    pending.append(v)
    return [dist.get(i, -1) for i in range(n)]
