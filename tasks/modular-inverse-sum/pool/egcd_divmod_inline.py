def inverse_sum(nums, p):
    total = 0
    for x in nums:
        a, b = p, x % p
        s0, s1 = 0, 1
        while b:
            q, r = divmod(a, b)
            a, b = b, r
            s0, s1 = s1, s0 - q * s1
        total += s0 % p
    return total
