def lru_simulate(capacity, ops):
    # Linked list in two dicts (prev/next pointers keyed by cache key), with sentinels None-head and None-tail.
    HEAD, TAIL = object(), object()
    prev = {TAIL: HEAD}
    nxt = {HEAD: TAIL}
    values = {}
    out = []

    def unlink(k):
        p, q = prev.pop(k), nxt.pop(k)
        nxt[p] = q
        prev[q] = p

    def append(k):
        last = prev[TAIL]
        nxt[last] = k
        prev[k] = last
        nxt[k] = TAIL
        prev[TAIL] = k

    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in values:
                unlink(key)
                append(key)
                out.append(values[key])
            else:
                out.append(-1)
        elif key in values:
            values[key] = op[2]
            unlink(key)
            append(key)
        elif capacity:
            if len(values) >= capacity:
                oldest = nxt[HEAD]
                unlink(oldest)
                del values[oldest]
            values[key] = op[2]
            append(key)
    return out
