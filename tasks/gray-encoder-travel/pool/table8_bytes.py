def travel(readings):
    table = [0] * 256
    for v in range(256):
        r, b = 0, v
        while b:
            r ^= b
            b >>= 1
        table[v] = r
    positions = []
    for g in readings:
        p = 0
        carry = 0
        for shift in (24, 16, 8, 0):
            byte = table[(g >> shift) & 0xFF]
            if carry:
                byte ^= 0xFF
            carry = byte & 1
            p = (p << 8) | byte
        positions.append(p)
    total = 0
    for i in range(1, len(positions)):
        total += abs(positions[i] - positions[i - 1])
    return total
