from array import array

# Bytes 0..255, each with its 8 bits reversed: the translation table of a bytes object.
_REV = bytes(int(format(b, "08b")[::-1], 2) for b in range(256))
_WORD = "I" if array("I").itemsize == 4 else "L"


def reverse_bits(nums):
    # Packed as native 32-bit words, the whole buffer reversed byte by byte puts every word's bytes in the opposite
    # order (and the words too); translating every byte through the bit-reversal table completes each word's
    # reversal. Reading the buffer back as words and reversing the list restores the order. Everything runs in C.
    buf = array(_WORD, nums).tobytes()[::-1].translate(_REV)
    out = array(_WORD)
    out.frombytes(buf)
    res = out.tolist()
    res.reverse()
    return res
