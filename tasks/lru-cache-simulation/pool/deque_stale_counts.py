from collections import deque


def lru_simulate(capacity, ops):
    # Recency queue with stale entries: each key counts its queued copies; eviction skips keys with later copies.
    values = {}
    queued = {}
    order = deque()
    out = []

    def touch(key):
        order.append(key)
        queued[key] = queued.get(key, 0) + 1

    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in values:
                touch(key)
                out.append(values[key])
            else:
                out.append(-1)
            continue
        if capacity == 0:
            continue
        if key not in values and len(values) >= capacity:
            while True:
                old = order.popleft()
                queued[old] -= 1
                if queued[old] == 0:
                    del queued[old]
                    del values[old]
                    break
        values[key] = op[2]
        touch(key)
    return out
