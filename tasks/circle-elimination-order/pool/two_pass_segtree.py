def elimination_checksums(games):
    out = []
    for n, k in games:
        size = 1
        while size < max(n, 1):
            size <<= 1
        seg = [0] * (2 * size)
        for i in range(n):
            seg[size + i] = 1
        for i in range(size - 1, 0, -1):
            seg[i] = seg[2 * i] + seg[2 * i + 1]
        cur = 0
        acc = 0
        for turn in range(1, n + 1):
            cur = (cur + k - 1) % (n - turn + 1)
            # find the leaf
            node, r = 1, cur
            while node < size:
                left = 2 * node
                if seg[left] > r:
                    node = left
                else:
                    r -= seg[left]
                    node = left + 1
            acc += turn * (node - size + 1)
            # clear it and fix the counts above
            while node:
                seg[node] -= 1
                node >>= 1
        out.append(acc)
    return out
