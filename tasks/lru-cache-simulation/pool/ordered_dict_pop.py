from collections import OrderedDict


def lru_simulate(capacity, ops):
    cache = OrderedDict()
    out = []
    for op in ops:
        if op[0] == "get":
            value = cache.pop(op[1], None)
            if value is None:
                out.append(-1)
            else:
                cache[op[1]] = value
                out.append(value)
        else:
            if op[1] in cache:
                cache.pop(op[1])
            elif capacity and len(cache) >= capacity:
                cache.popitem(last=False)
            if capacity:
                cache[op[1]] = op[2]
    return out
