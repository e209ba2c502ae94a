def shortest_distances(n, edges):
    # Label-correcting shortest paths: a FIFO list of nodes whose distance dropped; each is rescanned until no
    # distance changes (membership of the queue tracked with a set).
    adjacency = {}
    for u, v, w in edges:
        adjacency.setdefault(u, []).append((v, w))
    best = {0: 0}
    queue = [0]
    waiting = {0}
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        waiting.discard(u)
        for v, w in adjacency.get(u, ()):
            candidate = best[u] + w
            if v not in best or candidate < best[v]:
                best[v] = candidate
                if v not in waiting:
                    waiting.add(v)
                    queue.append(v)
    return [best.get(i, -1) for i in range(n)]
