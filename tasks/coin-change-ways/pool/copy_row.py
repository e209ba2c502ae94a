MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # A fresh copy of the row for every coin.
    ways = [1] + [0] * amount
    for c in coins:
        new = ways[:]
        for a in range(c, amount + 1):
            new[a] = (new[a] + new[a - c]) % MOD
        ways = new
    return ways[amount]
