def process_ops(n, ops):
    # Each element points at the Python set of its group; a union moves the smaller set's members.
    group = [{i} for i in range(n)]
    out = []
    for kind, a, b in ops:
        ga, gb = group[a], group[b]
        if kind == "union":
            if ga is not gb:
                if len(ga) > len(gb):
                    ga, gb = gb, ga
                gb |= ga
                for x in ga:
                    group[x] = gb
        else:
            out.append(ga is gb)
    return out
