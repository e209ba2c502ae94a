from array import array

_REV = bytes(int(format(b, "08b")[::-1], 2) for b in range(256))


def reverse_bits(nums):
    # byteswap() reverses the byte order of every word in place; translating the bytes reverses each byte's bits.
    a = array("I", nums)
    a.byteswap()
    b = array("I")
    b.frombytes(a.tobytes().translate(_REV))
    return b.tolist()
