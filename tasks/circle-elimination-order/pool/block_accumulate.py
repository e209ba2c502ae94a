from bisect import bisect_right
from itertools import accumulate


def elimination_checksums(games):
    # Square-root decomposition: blocks of labels, their running counts rebuilt by accumulate and searched by bisect.
    out = []
    for n, k in games:
        width = max(64, int(n ** 0.5) * 8)
        blocks = [list(range(s + 1, min(s + width, n) + 1)) for s in range(0, n, width)]
        sizes = [len(b) for b in blocks]
        rank = 0
        total = 0
        for turn in range(1, n + 1):
            rank = (rank + k - 1) % (n - turn + 1)
            ends = list(accumulate(sizes))
            b = bisect_right(ends, rank)
            offset = rank - (ends[b - 1] if b else 0)
            total += turn * blocks[b].pop(offset)
            sizes[b] -= 1
        out.append(total)
    return out
