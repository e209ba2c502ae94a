def inverse_sum(nums, p):
    # Fermat's little theorem: x ** (p - 2) is the inverse of x modulo a prime p.
    return sum(pow(x, p - 2, p) for x in nums)
