MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # Largest coin first, skipping coins over the amount, reducing only when needed.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in sorted(coins, reverse=True):
        if c > amount:
            continue
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
            if ways[a] >= MOD:
                ways[a] %= MOD
    return ways[amount]
