def max_xor_pair(nums):
    best = 0
    mask = 0
    for b in range(max(nums).bit_length() - 1, -1, -1):
        mask |= 1 << b
        prefixes = {x & mask for x in nums}
        cand = best | (1 << b)
        for p in prefixes:
            if cand ^ p in prefixes:
                best = cand
                break
    return best
