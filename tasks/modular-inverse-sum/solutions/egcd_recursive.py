def egcd(a, b):
    # Returns (g, x, y) with a * x + b * y == g == gcd(a, b).
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def inverse_sum(nums, p):
    total = 0
    for x in nums:
        g, s, _ = egcd(x % p, p)
        total += s % p
    return total
