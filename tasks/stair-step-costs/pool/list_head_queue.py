def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        # monotonic queue kept in a plain list; `head` skips expired entries instead of deleting them
        idx = [0]
        val = [0]
        head = 0
        v = 0
        for i, c in enumerate(costs + [0], 1):
            if idx[head] < i - k:
                head += 1
            v = val[head] + c
            while len(val) > head and val[-1] >= v:
                val.pop()
                idx.pop()
            val.append(v)
            idx.append(i)
        out.append(v)
    return out
