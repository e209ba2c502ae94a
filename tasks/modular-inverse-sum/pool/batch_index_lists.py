def inverse_sum(nums, p):
    n = len(nums)
    if n == 0:
        return 0
    a = [x % p for x in nums]
    prefix = [1] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] * a[i] % p
    inv_all = pow(prefix[n], p - 2, p)
    invs = [0] * n
    for i in range(n - 1, -1, -1):
        invs[i] = inv_all * prefix[i] % p
        inv_all = inv_all * a[i] % p
    return sum(invs)
