# Reversals of all 16-bit values: a word is two lookups.
_REV16 = [0] * 65536
for _v in range(1, 65536):
    _REV16[_v] = (_REV16[_v >> 1] >> 1) | ((_v & 1) << 15)


def reverse_bits(nums):
    t = _REV16
    return [(t[x & 0xFFFF] << 16) | t[x >> 16] for x in nums]
