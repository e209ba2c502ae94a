def reverse_bits(nums):
    # Move each set bit, lowest first, to its mirrored position.
    out = []
    for x in nums:
        r = 0
        while x:
            low = x & -x
            r |= 1 << (32 - low.bit_length())
            x ^= low
        out.append(r)
    return out
