MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # ways[a] over the coins seen so far; for a new coin, try every number of copies of it.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            total = 0
            k = a
            while k >= 0:
                total += ways[k]
                k -= c
            new[a] = total % MOD
        ways = new
    return ways[amount]
