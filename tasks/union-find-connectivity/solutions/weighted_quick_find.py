def process_ops(n, ops):
    # Every element stores the id of its set and every set keeps its member list; a union relabels the smaller
    # set only, so an element is relabelled at most log2(n) times.
    label = list(range(n))
    members = [[i] for i in range(n)]
    out = []
    for kind, a, b in ops:
        la, lb = label[a], label[b]
        if kind == "union":
            if la != lb:
                small, big = members[la], members[lb]
                if len(small) > len(big):
                    la, lb = lb, la
                    small, big = big, small
                for x in small:
                    label[x] = lb
                big.extend(small)
                members[la] = None
        else:
            out.append(la == lb)
    return out
