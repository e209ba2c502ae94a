import heapq


def topo_order(n, edges):
    # In-degrees recounted from the predecessor lists; a node is ready once all its predecessors are placed,
    # checked by scanning its predecessors whenever one of them is placed.
    pred = [[] for _ in range(n)]
    succ = [[] for _ in range(n)]
    for u, v in edges:
        pred[v].append(u)
        succ[u].append(v)
    placed = [False] * n
    ready = [u for u in range(n) if not pred[u]]
    heapq.heapify(ready)
    queued = [not p for p in pred]
    order = []
    while ready:
        u = heapq.heappop(ready)
        placed[u] = True
        order.append(u)
        for v in succ[u]:
            if not queued[v] and all(placed[p] for p in pred[v]):
                queued[v] = True
                heapq.heappush(ready, v)
    return order
