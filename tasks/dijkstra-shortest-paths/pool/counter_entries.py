import heapq
import itertools


def shortest_distances(n, edges):
    # Dijkstra with heap entries (distance, insertion number, node): the counter breaks ties so nodes are never
    # compared, as in the usual priority-queue recipe.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    order = itertools.count()
    dist = [-1] * n
    heap = [(0, next(order), 0)]
    while heap:
        d, _, u = heapq.heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] == -1:
                heapq.heappush(heap, (d + w, next(order), v))
    return dist
