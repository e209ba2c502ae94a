MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # One row, exact big integers, one reduction at the end.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount] % MOD
