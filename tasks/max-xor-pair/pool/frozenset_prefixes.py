def max_xor_pair(nums):
    best = 0
    width = max(nums).bit_length()
    for shift in reversed(range(width)):
        prefixes = frozenset(map(lambda x: x >> shift, nums))
        cand = (best << 1) | 1
        partners = frozenset(map(lambda p: p ^ cand, prefixes))
        best = cand if prefixes & partners else cand - 1
    return best
