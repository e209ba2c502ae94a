def lru_simulate(capacity, ops):
    # Doubly linked list whose nodes are small dicts, with sentinel ends.
    head = {"key": None, "prev": None, "next": None}
    tail = {"key": None, "prev": head, "next": None}
    head["next"] = tail
    nodes = {}

    def unlink(node):
        node["prev"]["next"] = node["next"]
        node["next"]["prev"] = node["prev"]

    def push_back(node):
        last = tail["prev"]
        last["next"] = node
        node["prev"] = last
        node["next"] = tail
        tail["prev"] = node

    out = []
    for op in ops:
        key = op[1]
        node = nodes.get(key)
        if op[0] == "get":
            if node is None:
                out.append(-1)
            else:
                unlink(node)
                push_back(node)
                out.append(node["value"])
            continue
        if node is not None:
            node["value"] = op[2]
            unlink(node)
            push_back(node)
            continue
        if capacity == 0:
            continue
        if len(nodes) >= capacity:
            oldest = head["next"]
            unlink(oldest)
            del nodes[oldest["key"]]
        node = {"key": key, "value": op[2], "prev": None, "next": None}
        nodes[key] = node
        push_back(node)
    return out
