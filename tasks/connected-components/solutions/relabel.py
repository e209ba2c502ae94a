def count_components(n, edges):
    # Every node carries the label of its component; joining two components relabels one of them
    # by rewriting the whole label list.
    label = list(range(n))
    components = n
    for u, v in edges:
        a, b = label[u], label[v]
        if a != b:
            label = [a if x == b else x for x in label]
            components -= 1
    return components
