def inverse_sum(nums, p):
    # Batch inversion in blocks of 64 numbers: one pow(.., -1, p) per block.
    total = 0
    for start in range(0, len(nums), 64):
        block = [x % p for x in nums[start:start + 64]]
        pre = [1]
        for x in block:
            pre.append(pre[-1] * x % p)
        inv = pow(pre[-1], -1, p)
        for i in range(len(block) - 1, -1, -1):
            total += inv * pre[i] % p
            inv = inv * block[i] % p
    return total
