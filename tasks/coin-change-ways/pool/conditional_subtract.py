MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            v = ways[a] + ways[a - c]
            if v >= MOD:
                v -= MOD
            ways[a] = v
    return ways[amount]
