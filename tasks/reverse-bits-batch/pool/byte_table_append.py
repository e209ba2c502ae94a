def reverse_bits(nums):
    # Byte-reversal table built on each call, four lookups per word, results appended one by one.
    table = []
    for b in range(256):
        r = 0
        for i in range(8):
            if b & (1 << i):
                r |= 1 << (7 - i)
        table.append(r)
    result = []
    for x in nums:
        b0 = x & 0xFF
        b1 = (x >> 8) & 0xFF
        b2 = (x >> 16) & 0xFF
        b3 = (x >> 24) & 0xFF
        result.append((table[b0] << 24) | (table[b1] << 16) | (table[b2] << 8) | table[b3])
    return result
