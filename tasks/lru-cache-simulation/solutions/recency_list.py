def lru_simulate(capacity, ops):
    # Values in a dict, recency in a list (least recent first): every touch removes the key from the list
    # and appends it again, which costs a scan of the list.
    values = {}
    order = []
    out = []
    for op in ops:
        key = op[1]
        if op[0] == "get":
            if key in values:
                order.remove(key)
                order.append(key)
                out.append(values[key])
            else:
                out.append(-1)
        else:
            if key in values:
                order.remove(key)
            elif len(values) >= capacity:
                if capacity == 0:
                    continue
                del values[order.pop(0)]
            values[key] = op[2]
            order.append(key)
    return out
