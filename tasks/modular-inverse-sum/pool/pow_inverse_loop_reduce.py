def inverse_sum(nums, p):
    result = 0
    for num in nums:
        r = num % p
        inv = pow(r, -1, p)
        assert (r * inv) % p == 1
        result += inv
    return result
