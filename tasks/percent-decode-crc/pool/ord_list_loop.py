import zlib

HEXVAL = {c: int(c, 16) for c in "0123456789abcdefABCDEF"}


def decoded_crc(items):
    data = []
    for s in items:
        it = iter(s)
        for c in it:
            if c == "%":
                hi = next(it)
                lo = next(it)
                data.append(HEXVAL[hi] * 16 + HEXVAL[lo])
            elif c == "+":
                data.append(32)
            else:
                data.append(ord(c))
    return zlib.crc32(bytes(data))
