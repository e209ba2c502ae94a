import struct

_REV = bytes(int(format(b, "08b")[::-1], 2) for b in range(256))


def reverse_bits(nums):
    # Pack little-endian, reverse the bits of every byte, unpack big-endian: each word's bytes come back in the
    # opposite order, so each word is fully reversed.
    n = len(nums)
    data = struct.pack(f"<{n}I", *nums).translate(_REV)
    return list(struct.unpack(f">{n}I", data))
