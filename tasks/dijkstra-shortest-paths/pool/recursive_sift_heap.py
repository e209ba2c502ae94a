import sys


def _sift_up(heap, i):
    if i == 0:
        return
    parent = (i - 1) // 2
    if heap[i] < heap[parent]:
        heap[i], heap[parent] = heap[parent], heap[i]
        _sift_up(heap, parent)


def _sift_down(heap, i):
    left, right, smallest = 2 * i + 1, 2 * i + 2, i
    if left < len(heap) and heap[left] < heap[smallest]:
        smallest = left
    if right < len(heap) and heap[right] < heap[smallest]:
        smallest = right
    if smallest != i:
        heap[i], heap[smallest] = heap[smallest], heap[i]
        _sift_down(heap, smallest)


def shortest_distances(n, edges):
    # Dijkstra over a binary heap whose sift-up and sift-down are recursive functions; stale entries skipped.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    heap = [(0, 0)]
    dist = [-1] * n
    while heap:
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            _sift_down(heap, 0)
        d, u = top
        if dist[u] >= 0:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] < 0:
                heap.append((d + w, v))
                _sift_up(heap, len(heap) - 1)
    return dist
