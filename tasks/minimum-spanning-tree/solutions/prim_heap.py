from heapq import heappop, heappush


def mst_weight(n, edges):
    # Prim's algorithm with a binary heap of candidate edges, restarted from every node not yet reached
    # (one tree per connected component).
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((w, v))
        adj[v].append((w, u))
    in_tree = [False] * n
    total = 0
    for root in range(n):
        if in_tree[root]:
            continue
        in_tree[root] = True
        heap = list(adj[root])
        heap.sort()
        while heap:
            w, v = heappop(heap)
            if in_tree[v]:
                continue
            in_tree[v] = True
            total += w
            for edge in adj[v]:
                if not in_tree[edge[1]]:
                    heappush(heap, edge)
    return total
