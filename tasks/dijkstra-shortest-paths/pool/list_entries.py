import heapq


def shortest_distances(n, edges):
    # Dijkstra with heap entries as [distance, node] lists and a list of booleans for settled nodes.
    adj = [[] for _ in range(n)]
    for e in edges:
        adj[e[0]].append([e[1], e[2]])
    settled = [False] * n
    dist = [-1] * n
    heap = [[0, 0]]
    while len(heap) > 0:
        entry = heapq.heappop(heap)
        u = entry[1]
        if settled[u]:
            continue
        settled[u] = True
        dist[u] = entry[0]
        for edge in adj[u]:
            if not settled[edge[0]]:
                heapq.heappush(heap, [entry[0] + edge[1], edge[0]])
    return dist
