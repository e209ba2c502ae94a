def divisor_count_sum(n):
    # Each k <= n divides exactly n // k of the numbers 1..n.
    total = 0
    for k in range(1, n + 1):
        total += n // k
    return total
