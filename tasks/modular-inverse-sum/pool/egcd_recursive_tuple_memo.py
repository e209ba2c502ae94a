from functools import lru_cache


@lru_cache(maxsize=None)
def ext_gcd(a, b):
    if a == 0:
        return b, 0, 1
    g, x1, y1 = ext_gcd(b % a, a)
    return g, y1 - (b // a) * x1, x1


def inverse_sum(nums, p):
    total = 0
    for x in nums:
        g, inv, _ = ext_gcd(x % p, p)
        total += inv % p
    return total
