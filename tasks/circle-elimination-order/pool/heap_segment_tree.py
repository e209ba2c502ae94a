def elimination_checksums(games):
    # Segment tree over the n people (heap layout); one walk down per removal that decrements on its way.
    out = []
    for n, k in games:
        if n == 0:
            out.append(0)
            continue
        size = 1
        while size < n:
            size *= 2
        cnt = [0] * (2 * size)
        for i in range(size, size + n):
            cnt[i] = 1
        for i in range(size - 1, 0, -1):
            cnt[i] = cnt[2 * i] + cnt[2 * i + 1]
        rank = 0
        total = 0
        m = n
        for j in range(1, n + 1):
            rank = (rank + k - 1) % m
            r = rank
            node = 1
            while node < size:
                cnt[node] -= 1
                node *= 2
                if r >= cnt[node]:
                    r -= cnt[node]
                    node += 1
            cnt[node] = 0
            total += j * (node - size + 1)
            m -= 1
        out.append(total)
    return out
