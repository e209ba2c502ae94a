from array import array


def travel(readings):
    # Every reading in a 64-bit lane of one big integer (its high half zero); every step below acts on all lanes at
    # once, in C.
    n = len(readings)
    if n < 2:
        return 0
    x = int.from_bytes(array("Q", readings), "little")
    low = int.from_bytes(b"\xff\xff\xff\xff\x00\x00\x00\x00" * n, "little")
    # Gray decoding: prefix xor by doubling shifts; the mask drops the bits shifted in from the lane above.
    for s in (1, 2, 4, 8, 16):
        x ^= (x >> s) & low
    # Lane i of a is position i + 1, lane i of b is position i (m = n - 1 lanes). With bit 32 set in every lane of a,
    # a - b never borrows across lanes: lane i holds 2**32 + p[i+1] - p[i], and bit 32 says p[i+1] >= p[i].
    m = n - 1
    a = x >> 64
    b = x & ((1 << (64 * m)) - 1)
    guard = int.from_bytes(b"\x00\x00\x00\x00\x01\x00\x00\x00" * m, "little")
    ones = guard >> 32
    d = (a | guard) - b
    neg = ((d >> 32) & ones) ^ ones
    # Absolute value per lane: a negative difference's low 32 bits are 2**32 - |diff|; complement them and add one.
    v = ((d & (low >> 64)) ^ (neg * 0xFFFFFFFF)) + neg
    # Sum of the lanes: fold the upper half of the lanes onto the lower half until one lane is left (a lane's sum
    # stays below 2**52, far from overflowing into the next lane).
    while m > 1:
        h = m >> 1
        sh = 64 * (m - h)
        v = (v >> sh) + (v & ((1 << sh) - 1))
        m -= h
    return v
