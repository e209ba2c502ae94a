def process_ops(n, ops):
    # Quick-find in dicts: comp maps element -> component id, groups maps id -> set of members; a union moves
    # the smaller set's members one by one, copying the set first.
    comp = {i: i for i in range(n)}
    groups = {i: {i} for i in range(n)}
    out = []
    for op in ops:
        ca, cb = comp[op[1]], comp[op[2]]
        if op[0] == "union":
            if ca != cb:
                if len(groups[ca]) > len(groups[cb]):
                    ca, cb = cb, ca
                for x in list(groups[ca]):
                    comp[x] = cb
                    groups[cb].add(x)
                del groups[ca]
        else:
            out.append(ca == cb)
    return out
