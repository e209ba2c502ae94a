from operator import add

MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # ways[a] += ways[a - c] block by block of length c, with a reduction over the whole row per coin.
    n = amount + 1
    ways = [0] * n
    ways[0] = 1
    for c in coins:
        if c > amount:
            continue
        for lo in range(c, n, c):
            ways[lo:lo + c] = map(add, ways[lo:lo + c], ways[lo - c:lo])
        ways = [x % MOD for x in ways]
    return ways[amount]
