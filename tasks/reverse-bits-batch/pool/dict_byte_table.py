def _rev8(b):
    return int(bin(b)[2:].zfill(8)[::-1], 2)


LOOKUP = {b: _rev8(b) for b in range(256)}


def reverse_bits(nums):
    out = []
    for x in nums:
        r = 0
        for shift in (0, 8, 16, 24):
            r = (r << 8) | LOOKUP[(x >> shift) & 0xFF]
        out.append(r)
    return out
