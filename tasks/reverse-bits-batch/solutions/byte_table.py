# REV[b] is the byte b with its 8 bits reversed.
REV = [int(format(b, "08b")[::-1], 2) for b in range(256)]


def reverse_bits(nums):
    # A word's reversal is its four bytes in the opposite order, each byte reversed: four table lookups per word.
    rev = REV
    return [(rev[x & 0xFF] << 24) | (rev[(x >> 8) & 0xFF] << 16) | (rev[(x >> 16) & 0xFF] << 8) | rev[x >> 24]
            for x in nums]
