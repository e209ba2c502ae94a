import heapq


def mst_weight(n, edges):
    graph = {}
    for u, v, w in edges:
        graph.setdefault(u, []).append((w, v))
        graph.setdefault(v, []).append((w, u))
    seen = set()
    total = 0
    for root in range(n):
        if root in seen:
            continue
        seen.add(root)
        heap = list(graph.get(root, []))
        heapq.heapify(heap)
        while heap:
            w, v = heapq.heappop(heap)
            if v in seen:
                continue
            seen.add(v)
            total += w
            for item in graph.get(v, []):
                if item[1] not in seen:
                    heapq.heappush(heap, item)
    return total
