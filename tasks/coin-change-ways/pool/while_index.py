MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    i = 0
    while i < len(coins):
        c = coins[i]
        a = c
        while a <= amount:
            ways[a] = ways[a] + ways[a - c]
            ways[a] = ways[a] % MOD
            a += 1
        i += 1
    return ways[amount]
