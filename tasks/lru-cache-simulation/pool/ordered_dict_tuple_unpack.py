from collections import OrderedDict


def lru_simulate(capacity, ops):
    cache = OrderedDict()
    out = []
    for op in ops:
        kind, key, *rest = op
        if kind == "get":
            if key in cache:
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                out.append(-1)
        elif capacity > 0:
            if key not in cache and len(cache) >= capacity:
                cache.popitem(last=False)
            cache[key] = rest[0]
            cache.move_to_end(key)
    return out
