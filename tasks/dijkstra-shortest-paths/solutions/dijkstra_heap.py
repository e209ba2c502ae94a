from heapq import heappop, heappush


def shortest_distances(n, edges):
    # Dijkstra's algorithm with a binary heap and lazy deletion of outdated entries.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    heap = [(0, 0)]
    while heap:
        d, u = heappop(heap)
        if dist[u] >= 0:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                heappush(heap, (d + w, v))
    return dist
