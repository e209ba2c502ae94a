MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # One-row DP: coins in the outer loop, so each multiset is counted once; ways[a] += ways[a - c].
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
