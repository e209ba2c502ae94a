def travel(readings):
    # Prefix xor in five doubling steps: after shifting by 1, 2, 4, 8 and 16 places every bit holds the parity of
    # all the code bits at or above it, which is the position's bit.
    total = 0
    prev = -1
    for p in readings:
        p ^= p >> 1
        p ^= p >> 2
        p ^= p >> 4
        p ^= p >> 8
        p ^= p >> 16
        if prev >= 0:
            total += p - prev if p >= prev else prev - p
        prev = p
    return total
