# Decoded value of every 16-bit Gray code.
_T = [0] * 65536
for _v in range(1, 65536):
    _T[_v] = _T[_v >> 1] ^ _v


def travel(readings):
    # High half decoded by the table; the low half too, then flipped if the high half's parity (its lowest decoded
    # bit) is odd.
    t = _T
    total = 0
    prev = None
    for g in readings:
        hi = t[g >> 16]
        lo = t[g & 0xFFFF]
        if hi & 1:
            lo ^= 0xFFFF
        p = (hi << 16) | lo
        if prev is not None:
            total += abs(p - prev)
        prev = p
    return total
