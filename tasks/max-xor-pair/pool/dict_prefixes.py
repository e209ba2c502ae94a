def max_xor_pair(nums):
    best = 0
    top = max(nums).bit_length()
    for b in range(top - 1, -1, -1):
        groups = {}
        for x in nums:
            groups[x >> b] = True
        want = (best >> b) | 1
        want = ((best >> (b + 1)) << 1) | 1
        hit = False
        for p in groups:
            if (p ^ want) in groups:
                hit = True
                break
        best = (want << b) if hit else ((want - 1) << b)
    return best
