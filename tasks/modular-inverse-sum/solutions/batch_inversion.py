def inverse_sum(nums, p):
    # Montgomery's batch inversion: with prefix products P[i] = nums[0] * ... * nums[i-1] (mod p), one inverse of
    # the full product Q gives every inverse, walking backwards: inv(nums[i]) = inv(P[i+1]) * P[i] and
    # inv(P[i]) = inv(P[i+1]) * nums[i]. Three modular products per number instead of one extended Euclid each.
    if not nums:
        return 0
    pre = []
    push = pre.append
    acc = 1
    for x in nums:
        push(acc)
        acc = acc * x % p
    inv = pow(acc, -1, p)
    total = 0
    for x, q in zip(reversed(nums), reversed(pre)):
        total += inv * q % p
        inv = inv * x % p
    return total
