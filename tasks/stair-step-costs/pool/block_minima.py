from itertools import accumulate


def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        # Positions are cut into blocks of k (0..k-1, k..2k-1, ...). The window of the k positions before i is the
        # tail of the previous block (its suffix minimum from i - k on, computed in C once that block is complete)
        # plus the head of i's own block (a running minimum). One comparison pair per step, no container traffic.
        n = len(costs)
        inf = float("inf")
        suf = [inf] * k           # suffix minima of the previous complete block, indexed by offset in the block
        block = [0]               # dp values of the current block so far
        run = 0                   # minimum of block
        off = 1                   # offset of the next position in its block
        if k == 1:
            block = []
            suf = [0]
            run = inf
            off = 0
        for c in costs:
            s = suf[off]
            v = c + (s if s < run else run)
            block.append(v)
            if v < run:
                run = v
            off += 1
            if off == k:
                suf = list(accumulate(reversed(block), min))
                suf.reverse()
                block = []
                run = inf
                off = 0
        s = suf[off]
        out.append(s if s < run else run)
    return out
