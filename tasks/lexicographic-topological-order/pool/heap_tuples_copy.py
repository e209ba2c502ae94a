import heapq


def topo_order(n, edges):
    # Edges copied into a list of lists first; ready nodes as (node, in-degree snapshot) tuples in a heap.
    edge_list = [list(e) for e in edges]
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for e in edge_list:
        succ[e[0]].append(e[1])
        indegree[e[1]] += 1
    ready = []
    for u in range(n):
        if indegree[u] == 0:
            heapq.heappush(ready, (u, 0))
    order = []
    while len(ready) > 0:
        u, _ = heapq.heappop(ready)
        order.append(u)
        for v in succ[u]:
            indegree[v] = indegree[v] - 1
            if indegree[v] == 0:
                heapq.heappush(ready, (v, indegree[v]))
    return order
