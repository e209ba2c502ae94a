import heapq


def topo_order(n, edges):
    # Edges sorted and deduplicated first, successors built from the sorted list; ready nodes in a heap.
    unique = sorted(set(edges))
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in unique:
        succ[u].append(v)
        indegree[v] += 1
    ready = [u for u in range(n) if indegree[u] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if not indegree[v]:
                heapq.heappush(ready, v)
    return order
