def inverse_sum(nums, p):
    if not nums:
        return 0
    pre = [1]
    acc = 1
    for x in nums:
        acc = acc * x % p
        pre.append(acc)
    inv = pow(acc, -1, p)
    total = 0
    i = len(nums)
    for x in reversed(nums):
        i -= 1
        total += inv * pre[i] % p
        inv = inv * x % p
    return total
