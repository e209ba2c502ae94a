def assign_jobs(loads, jobs):
    # Segment tree over the machines: each node holds the machine with the smallest (load, index) below it.
    k = len(loads)
    size = 1
    while size < k:
        size *= 2
    load = list(loads) + [float("inf")] * (size - k)
    tree = [0] * (2 * size)
    for j in range(size):
        tree[size + j] = j
    for node in range(size - 1, 0, -1):
        a, b = tree[2 * node], tree[2 * node + 1]
        tree[node] = a if load[a] <= load[b] else b
    checksum = 0
    for i, w in enumerate(jobs):
        m = tree[1]
        checksum += (i + 1) * m
        load[m] += w
        node = (size + m) // 2
        while node:
            a, b = tree[2 * node], tree[2 * node + 1]
            tree[node] = a if load[a] <= load[b] else b
            node //= 2
    return [max(load[:k]), checksum]
