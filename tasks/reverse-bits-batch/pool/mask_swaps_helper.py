def _swap(x, shift, mask):
    return ((x >> shift) & mask) | ((x & mask) << shift)


def reverse_one(x):
    for shift, mask in ((1, 0x55555555), (2, 0x33333333), (4, 0x0F0F0F0F), (8, 0x00FF00FF), (16, 0x0000FFFF)):
        x = _swap(x, shift, mask)
    return x


def reverse_bits(nums):
    return list(map(reverse_one, nums))
