def lru_simulate(capacity, ops):
    # A plain dict keeps insertion order: re-inserting a key makes it the most recent, the first key is the oldest.
    cache = {}
    out = []
    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in cache:
                value = cache.pop(key)
                cache[key] = value
                out.append(value)
            else:
                out.append(-1)
        else:
            if key in cache:
                del cache[key]
            elif len(cache) >= capacity:
                if capacity == 0:
                    continue
                del cache[next(iter(cache))]
            cache[key] = op[2]
    return out
