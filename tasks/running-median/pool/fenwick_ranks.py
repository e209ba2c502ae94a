def running_medians(nums):
    # Offline: ranks of the values, a Fenwick tree of counts, and the k-th smallest by binary lifting.
    order = sorted(set(nums))
    rank = {v: i + 1 for i, v in enumerate(order)}
    m = len(order)
    tree = [0] * (m + 1)
    top = 1
    while top * 2 <= m:
        top *= 2

    def kth(k):  # 1-based
        pos = 0
        step = top
        while step:
            nxt = pos + step
            if nxt <= m and tree[nxt] < k:
                pos = nxt
                k -= tree[nxt]
            step //= 2
        return order[pos]

    out = []
    for count, x in enumerate(nums, 1):
        i = rank[x]
        while i <= m:
            tree[i] += 1
            i += i & -i
        if count % 2:
            out.append(float(kth(count // 2 + 1)))
        else:
            out.append((kth(count // 2) + kth(count // 2 + 1)) / 2)
    return out
