from queue import PriorityQueue


def lru_simulate(capacity, ops):
    # Last-use stamps in a dict and (stamp, key) pairs in a queue.PriorityQueue; an eviction takes pairs off the
    # queue until one still carries its key's current stamp (older pairs of a re-used key are stale).
    values = {}
    stamp = {}
    queue = PriorityQueue()
    out = []
    for t, op in enumerate(ops):
        key = op[1]
        if op[0] == "get":
            if key not in values:
                out.append(-1)
                continue
            out.append(values[key])
        else:
            if capacity == 0:
                continue
            if key not in values and len(values) >= capacity:
                while True:
                    when, old = queue.get()
                    if stamp[old] == when:
                        del values[old]
                        del stamp[old]
                        break
            values[key] = op[2]
        stamp[key] = t
        queue.put((t, key))
    return out
