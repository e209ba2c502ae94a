from collections import OrderedDict


def lru_simulate(capacity, ops):
    cache = OrderedDict()
    result = []
    for op in ops:
        if op[0] == "get":
            if op[1] in cache:
                cache.move_to_end(op[1])
                result.append(cache[op[1]])
            else:
                result.append(-1)
        else:
            if op[1] in cache:
                cache.move_to_end(op[1])
            elif len(cache) == capacity:
                if capacity == 0:
                    continue
                cache.popitem(last=False)
            cache[op[1]] = op[2]
    return result
