def inverse_sum(nums, p):
    # inv(a_i) = (product of all others) / (product of all): prefix and suffix products, one inverse.
    n = len(nums)
    if n == 0:
        return 0
    prefix = [1] * (n + 1)
    suffix = [1] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] * nums[i] % p
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] * nums[i] % p
    inv_total = pow(prefix[n], -1, p)
    total = 0
    for i in range(n):
        total += prefix[i] * suffix[i + 1] % p * inv_total % p
    return total
