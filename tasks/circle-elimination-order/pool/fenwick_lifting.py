def elimination_checksums(games):
    # A Fenwick tree holds 1 for every label still standing. The person who leaves is the one of rank
    # (previous rank + k - 1) mod m among the m left; the rank is turned into a label by binary lifting.
    result = []
    for n, k in games:
        tree = [0] * (n + 1)
        for i in range(1, n + 1):
            tree[i] += 1
            parent = i + (i & -i)
            if parent <= n:
                tree[parent] += tree[i]
        top = 1 << n.bit_length() if n else 0
        rank = 0
        remaining = n
        total = 0
        for turn in range(1, n + 1):
            rank = (rank + k - 1) % remaining
            pos = 0
            need = rank + 1
            step = top
            while step:
                nxt = pos + step
                if nxt <= n and tree[nxt] < need:
                    pos = nxt
                    need -= tree[nxt]
                step >>= 1
            label = pos + 1
            total += turn * label
            i = label
            while i <= n:
                tree[i] -= 1
                i += i & -i
            remaining -= 1
        result.append(total)
    return result
