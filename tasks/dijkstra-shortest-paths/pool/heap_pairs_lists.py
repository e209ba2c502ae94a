def shortest_distances(n, edges):
    # Dijkstra over a hand-written binary heap of [distance, node] lists, comparing only the distances.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    heap = [[0, 0]]
    dist = [-1] * n
    while heap:
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            size = len(heap)
            while 2 * i + 1 < size:
                c = 2 * i + 1
                if c + 1 < size and heap[c + 1][0] < heap[c][0]:
                    c += 1
                if heap[c][0] < heap[i][0]:
                    heap[c], heap[i] = heap[i], heap[c]
                    i = c
                else:
                    break
        d, u = top
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] == -1:
                heap.append([d + w, v])
                i = len(heap) - 1
                while i > 0 and heap[(i - 1) // 2][0] > heap[i][0]:
                    p = (i - 1) // 2
                    heap[p], heap[i] = heap[i], heap[p]
                    i = p
    return dist
