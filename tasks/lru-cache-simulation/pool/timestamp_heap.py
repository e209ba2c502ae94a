import heapq


def lru_simulate(capacity, ops):
    # Each key remembers the time of its last use; a heap of (time, key) finds the oldest, skipping stale entries.
    values = {}
    last_use = {}
    heap = []
    out = []
    for t, op in enumerate(ops):
        key = op[1]
        if op[0] == "get":
            if key in values:
                last_use[key] = t
                heapq.heappush(heap, (t, key))
                out.append(values[key])
            else:
                out.append(-1)
            continue
        if capacity == 0:
            continue
        if key not in values and len(values) >= capacity:
            while True:
                when, old = heapq.heappop(heap)
                if last_use.get(old) == when:
                    del values[old]
                    del last_use[old]
                    break
        values[key] = op[2]
        last_use[key] = t
        heapq.heappush(heap, (t, key))
    return out
