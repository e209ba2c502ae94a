import sys


def max_job_profit(deadlines, profits):
    sys.setrecursionlimit(max(1000, 2 * len(deadlines) + 100))
    n = len(deadlines)
    parent = {}

    def find(t):
        # latest free unit <= t; 0 when none is left
        if t == 0:
            return 0
        if t not in parent:
            return t
        root = find(parent[t])
        parent[t] = root
        return root

    total = 0
    jobs = sorted([(profits[i], deadlines[i]) for i in range(n)], key=lambda j: -j[0])
    for p, d in jobs:
        slot = find(min(d, n))
        if slot > 0:
            total += p
            parent[slot] = slot - 1
    return total
