from itertools import accumulate

MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # For every coin, a running sum along each residue class mod the coin, reduced each time.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        if c > amount:
            continue
        for r in range(c):
            ways[r::c] = [x % MOD for x in accumulate(ways[r::c])]
    return ways[amount]
