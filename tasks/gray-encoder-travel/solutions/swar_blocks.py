from array import array

_K = 4096  # readings per block: a block's big integers (32 KiB) stay in the processor's cache


def travel(readings):
    # Blocks of K + 1 consecutive readings (neighbouring blocks share one reading, so every consecutive pair lies in
    # one block). A block's readings are 64-bit lanes of one big integer, each lane's high half zero; every step
    # below acts on all the lanes at once, in C.
    n = len(readings)
    if n < 2:
        return 0
    K = _K
    low_full = int.from_bytes(b"\xff\xff\xff\xff\x00\x00\x00\x00" * (K + 1), "little")
    guard_full = int.from_bytes(b"\x00\x00\x00\x00\x01\x00\x00\x00" * K, "little")
    total = 0
    for start in range(0, n - 1, K):
        block = readings[start:start + K + 1]
        c = len(block)
        m = c - 1  # consecutive pairs in the block
        if c == K + 1:
            low, guard = low_full, guard_full
        else:
            low = low_full & ((1 << (64 * c)) - 1)
            guard = guard_full & ((1 << (64 * m)) - 1)
        x = int.from_bytes(array("Q", block), "little")
        # Gray decoding: the prefix xor from the top bit down, in five doubling shifts; the mask drops the bits
        # shifted in from the lane above.
        x ^= (x >> 1) & low
        x ^= (x >> 2) & low
        x ^= (x >> 4) & low
        x ^= (x >> 8) & low
        x ^= (x >> 16) & low
        # Lane i of (x >> 64) is position i + 1, lane i of the rest position i. With bit 32 set in every lane of the
        # first, the subtraction never borrows across lanes: lane i holds 2**32 + p[i+1] - p[i], and its bit 32 says
        # p[i+1] >= p[i].
        d = ((x >> 64) | guard) - (x & ((1 << (64 * m)) - 1))
        ones = guard >> 32
        neg = ((d >> 32) & ones) ^ ones
        # Absolute values: a negative difference's low 32 bits are 2**32 - |diff|; complement them and add one.
        v = ((d & (low >> 64)) ^ (neg * 0xFFFFFFFF)) + neg
        # Sum of the lanes: fold the upper lanes onto the lower ones until one is left (a lane's sum stays below
        # 2**45, far from overflowing into the next lane).
        while m > 1:
            h = m >> 1
            sh = 64 * (m - h)
            v = (v >> sh) + (v & ((1 << sh) - 1))
            m -= h
        total += v
    return total
