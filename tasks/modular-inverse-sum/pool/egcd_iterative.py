def mod_inverse(a, m):
    old_r, r = a % m, m
    old_s, s = 1, 0
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    return old_s % m


def inverse_sum(nums, p):
    total = 0
    for x in nums:
        total += mod_inverse(x, p)
    return total
