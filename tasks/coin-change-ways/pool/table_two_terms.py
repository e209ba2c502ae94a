MOD = 10**9 + 7


def coin_change_ways(coins, amount):
    # Full table indexed [amount][coin]: the inner loop jumps between rows.
    m = len(coins)
    table = [[0] * (m + 1) for _ in range(amount + 1)]
    for i in range(m + 1):
        table[0][i] = 1
    for a in range(1, amount + 1):
        for i in range(1, m + 1):
            c = coins[i - 1]
            total = table[a][i - 1]
            if a >= c:
                total += table[a - c][i]
            table[a][i] = total % MOD
    return table[amount][m]
