def max_xor_pair(nums):
    best = 0
    for b in range(max(nums).bit_length() - 1, -1, -1):
        prefixes = {x >> b for x in nums}
        cand = (best << 1) | 1
        if prefixes & {p ^ cand for p in prefixes}:
            best = cand
        else:
            best = cand - 1
    return best
