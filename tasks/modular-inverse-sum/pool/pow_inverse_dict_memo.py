def inverse_sum(nums, p):
    # Cache inverses by remainder, in case numbers repeat.
    cache = {}
    total = 0
    for x in nums:
        r = x % p
        if r not in cache:
            cache[r] = pow(r, -1, p)
        total += cache[r]
    return total
