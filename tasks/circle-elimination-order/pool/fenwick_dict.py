from collections import defaultdict


def elimination_checksums(games):
    out = []
    for n, k in games:
        tree = defaultdict(int)
        for i in range(1, n + 1):
            j = i
            while j <= n:
                tree[j] += 1
                j += j & -j
        log = n.bit_length()
        pos_idx = 0
        total = 0
        for t in range(1, n + 1):
            pos_idx = (pos_idx + k - 1) % (n - t + 1)
            target = pos_idx + 1
            pos = 0
            for b in range(log, -1, -1):
                nxt = pos + (1 << b)
                if nxt <= n and tree[nxt] < target:
                    pos = nxt
                    target -= tree[nxt]
            person = pos + 1
            total += t * person
            j = person
            while j <= n:
                tree[j] -= 1
                j += j & -j
        out.append(total)
    return out
