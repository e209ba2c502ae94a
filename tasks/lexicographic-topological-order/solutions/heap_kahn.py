from heapq import heapify, heappop, heappush


def topo_order(n, edges):
    # Kahn's algorithm with the ready nodes in a min-heap: always place the smallest ready node.
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = [u for u in range(n) if indegree[u] == 0]
    heapify(ready)
    order = []
    while ready:
        u = heappop(ready)
        order.append(u)
        for v in succ[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heappush(ready, v)
    return order
