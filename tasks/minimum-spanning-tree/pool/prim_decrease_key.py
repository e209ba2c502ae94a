import heapq


def mst_weight(n, edges):
    # Prim with best-known connection costs; stale heap entries are skipped.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    best = [None] * n
    done = [False] * n
    total = 0
    for root in range(n):
        if done[root]:
            continue
        heap = [(0, root)]
        best[root] = 0
        while heap:
            c, u = heapq.heappop(heap)
            if done[u] or c != best[u]:
                continue
            done[u] = True
            total += c
            for v, w in adj[u]:
                if not done[v] and (best[v] is None or w < best[v]):
                    best[v] = w
                    heapq.heappush(heap, (w, v))
    return total
