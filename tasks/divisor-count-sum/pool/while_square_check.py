def divisor_count_sum(n):
    # Hyperbola method without an integer square root: the loop runs while a * a <= n and counts its steps.
    if n <= 0:
        return 0
    total = 0
    a = 1
    r = 0
    while a * a <= n:
        total += n // a
        r += 1
        a += 1
    return 2 * total - r * r
