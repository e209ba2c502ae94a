def shortest_distances(n, edges):
    # Dijkstra with a binary heap written out by hand (sift up on push, sift down on pop) and lazy deletion.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    heap = [(0, 0)]

    def push(item):
        heap.append(item)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def pop():
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        heap[0] = last
        i, size = 0, len(heap)
        while True:
            child = 2 * i + 1
            if child >= size:
                break
            if child + 1 < size and heap[child + 1] < heap[child]:
                child += 1
            if heap[i] <= heap[child]:
                break
            heap[i], heap[child] = heap[child], heap[i]
            i = child
        return top

    dist = [-1] * n
    while heap:
        d, u = pop()
        if dist[u] >= 0:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                push((d + w, v))
    return dist
