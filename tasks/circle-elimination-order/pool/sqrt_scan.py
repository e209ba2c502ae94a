import math


def elimination_checksums(games):
    out = []
    for n, k in games:
        if n == 0:
            out.append(0)
            continue
        bsize = max(1, math.isqrt(n) * 4)
        buckets = [list(range(i, min(i + bsize, n + 1))) for i in range(1, n + 1, bsize)]
        idx = 0
        total = 0
        alive = n
        for t in range(1, n + 1):
            idx = (idx + k - 1) % alive
            r = idx
            b = 0
            while r >= len(buckets[b]):
                r -= len(buckets[b])
                b += 1
            total += t * buckets[b].pop(r)
            if not buckets[b]:
                buckets.pop(b)
            alive -= 1
        out.append(total)
    return out
