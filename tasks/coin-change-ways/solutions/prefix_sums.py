from itertools import accumulate
from operator import add

MOD = 10**9 + 7
LIMIT = 1 << 600


def coin_change_ways(coins, amount):
    # Same recurrence ways[a] += ways[a - c], done by builtins over whole slices instead of element by element:
    # for a small coin, a prefix sum along each residue class mod c; for a large coin, block by block of length c.
    # Reductions mod MOD are deferred while the values provably stay below LIMIT (ints of a few dozen machine words).
    n = amount + 1
    ways = [0] * n
    ways[0] = 1
    bound = 1
    for c in coins:
        if c > amount:
            continue
        if c * c <= amount:
            for r in range(c):
                ways[r::c] = accumulate(ways[r::c])
        else:
            for lo in range(c, n, c):
                ways[lo:lo + c] = map(add, ways[lo:lo + c], ways[lo - c:lo])
        bound *= amount // c + 1
        if bound * (amount + 1) >= LIMIT:
            ways = [x % MOD for x in ways]
            bound = MOD
    return ways[amount] % MOD
