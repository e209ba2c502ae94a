def max_xor_pair(nums):
    # Prefix sets rebuilt from a sorted copy of the values at every bit (the sort is not needed).
    best = 0
    top = max(nums).bit_length()
    for b in range(top - 1, -1, -1):
        prefixes = sorted({x >> b for x in sorted(nums)})
        lookup = set(prefixes)
        cand = (best << 1) | 1
        best = cand if any(p ^ cand in lookup for p in prefixes) else cand - 1
    return best
