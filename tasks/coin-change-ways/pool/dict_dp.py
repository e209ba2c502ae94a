MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    ways = {0: 1}
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways.get(a, 0) + ways.get(a - c, 0)) % MOD
    return ways.get(amount, 0)
