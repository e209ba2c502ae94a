import heapq


def topo_order(n, edges):
    # Repeated edges removed first: successors and predecessors kept as sets, in-degree = number of distinct
    # predecessors.
    succ = [set() for _ in range(n)]
    pred = [set() for _ in range(n)]
    for u, v in edges:
        succ[u].add(v)
        pred[v].add(u)
    indegree = [len(p) for p in pred]
    ready = [u for u in range(n) if not indegree[u]]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in sorted(succ[u]):
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, v)
    return order
