import sys
from functools import lru_cache


def min_climb_costs(stairs, ks):
    sys.setrecursionlimit(10000)
    out = []
    for costs, k in zip(stairs, ks):
        n = len(costs)

        @lru_cache(maxsize=None)
        def best(i):
            # Cheapest cost of standing on position i (0 is the ground, n + 1 the top), position i's cost included.
            if i == 0:
                return 0
            here = costs[i - 1] if i <= n else 0
            return here + min(best(j) for j in range(max(0, i - k), i))

        # Asked in increasing order, so every recursive call finds its k predecessors cached: the stack stays shallow.
        for i in range(n + 2):
            best(i)
        out.append(best(n + 1))
    return out
