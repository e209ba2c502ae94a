def process_ops(n, ops):
    # Every element stores the id of its set; a union relabels the whole array.
    label = list(range(n))
    out = []
    for kind, a, b in ops:
        if kind == "union":
            la, lb = label[a], label[b]
            if la != lb:
                for i in range(n):
                    if label[i] == la:
                        label[i] = lb
        else:
            out.append(label[a] == label[b])
    return out
