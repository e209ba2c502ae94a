from collections import OrderedDict


def lru_simulate(capacity, ops):
    # OrderedDict keeps the recency order in C: moving a key to the end or dropping the first one is O(1).
    cache = OrderedDict()
    lookup = cache.get
    touch = cache.move_to_end
    evict = cache.popitem
    out = []
    append = out.append
    for op in ops:
        key = op[1]
        if op[0] == "get":
            value = lookup(key)
            if value is None:
                append(-1)
            else:
                touch(key)
                append(value)
        elif key in cache:
            cache[key] = op[2]
            touch(key)
        elif capacity:
            if len(cache) >= capacity:
                evict(False)
            cache[key] = op[2]
    return out
