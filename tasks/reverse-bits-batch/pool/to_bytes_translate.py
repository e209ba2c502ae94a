_REV = bytes(int(f"{b:08b}"[::-1], 2) for b in range(256))


def reverse_bits(nums):
    # Per word: its 4 little-endian bytes, each byte's bits reversed, read back big-endian.
    return [int.from_bytes(x.to_bytes(4, "little").translate(_REV), "big") for x in nums]
