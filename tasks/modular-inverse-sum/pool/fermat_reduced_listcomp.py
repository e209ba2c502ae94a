def inverse_sum(nums, p):
    e = p - 2
    invs = [pow(x % p, e, p) for x in nums]
    return sum(invs)
