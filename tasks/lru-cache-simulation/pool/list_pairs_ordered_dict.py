from collections import OrderedDict


def lru_simulate(capacity, ops):
    # Entries are [value] lists so a get can return without a second lookup; ops are copied to lists first.
    cache = OrderedDict()
    out = []
    for op in [list(o) for o in ops]:
        if op[0] == "get":
            entry = cache.get(op[1])
            if entry is None:
                out.append(-1)
            else:
                cache.move_to_end(op[1])
                out.append(entry[0])
        elif capacity:
            entry = cache.get(op[1])
            if entry is not None:
                entry[0] = op[2]
                cache.move_to_end(op[1])
            else:
                if len(cache) >= capacity:
                    cache.popitem(last=False)
                cache[op[1]] = [op[2]]
    return out
