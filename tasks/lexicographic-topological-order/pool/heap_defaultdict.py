import heapq
from collections import defaultdict


def topo_order(n, edges):
    # Successors and in-degrees in defaultdicts; ready nodes in a heap.
    succ = defaultdict(list)
    indegree = defaultdict(int)
    for u, v in edges:
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
            if indegree[v] == 0:
                heapq.heappush(ready, v)
    return order
