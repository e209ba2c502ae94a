from bisect import bisect_left, bisect_right
from math import isqrt


def count_crossings(horizontals, verticals):
    # Sweep over x; counts per height rank and per block of ranks (sqrt decomposition).
    ys = sorted({h[0] for h in horizontals})
    n = len(ys)
    if n == 0:
        return 0
    rank = {y: i for i, y in enumerate(ys)}
    bsize = max(1, isqrt(n))
    counts = [0] * n
    blocks = [0] * (n // bsize + 1)
    events = []
    for y, x1, x2 in horizontals:
        events.append((x1, 0, rank[y], 0))
        events.append((x2, 2, rank[y], 0))
    for x, y1, y2 in verticals:
        events.append((x, 1, bisect_left(ys, y1), bisect_right(ys, y2)))
    events.sort()
    total = 0
    for _, kind, a, b in events:
        if kind == 0:
            counts[a] += 1
            blocks[a // bsize] += 1
        elif kind == 2:
            counts[a] -= 1
            blocks[a // bsize] -= 1
        else:
            ba, bb = a // bsize, b // bsize
            if ba == bb:
                total += sum(counts[a:b])
            else:
                total += sum(counts[a:(ba + 1) * bsize]) + sum(blocks[ba + 1:bb]) + sum(counts[bb * bsize:b])
    return total
