from itertools import accumulate
from operator import add

MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # ways[a] += ways[a - c] by builtins over whole slices (prefix sums along residue classes for a small coin,
    # block by block for a large one), with the whole row reduced mod MOD every third coin (values stay
    # below MOD * (amount + 1) ** 3 in between).
    n = amount + 1
    ways = [0] * n
    ways[0] = 1
    for i, c in enumerate(coins):
        if c > amount:
            continue
        if c * c <= amount:
            for r in range(c):
                ways[r::c] = accumulate(ways[r::c])
        else:
            for lo in range(c, n, c):
                ways[lo:lo + c] = map(add, ways[lo:lo + c], ways[lo - c:lo])
        if i % 3 == 2:
            ways = [x % MOD for x in ways]
    return ways[amount] % MOD
