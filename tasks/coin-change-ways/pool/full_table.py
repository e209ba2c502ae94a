MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # table[i][a]: ways to make a with the first i coins.
    m = len(coins)
    table = [[0] * (amount + 1) for _ in range(m + 1)]
    table[0][0] = 1
    for i in range(1, m + 1):
        c = coins[i - 1]
        prev, row = table[i - 1], table[i]
        for a in range(amount + 1):
            row[a] = (prev[a] + (row[a - c] if a >= c else 0)) % MOD
    return table[m][amount]
