from heapq import heappop, heappush


def shortest_distances(n, edges):
    # Dijkstra with a binary heap; the adjacency is the edge list sorted by source, each node's edges found
    # as a slice through a table of start offsets.
    ordered = sorted(edges)
    start = [0] * (n + 1)
    for u, _, _ in ordered:
        start[u + 1] += 1
    for i in range(n):
        start[i + 1] += start[i]
    dist = [-1] * n
    heap = [(0, 0)]
    while heap:
        d, u = heappop(heap)
        if dist[u] >= 0:
            continue
        dist[u] = d
        for _, v, w in ordered[start[u]:start[u + 1]]:
            if dist[v] < 0:
                heappush(heap, (d + w, v))
    return dist
