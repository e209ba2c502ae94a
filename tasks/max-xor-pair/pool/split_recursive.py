def max_xor_pair(nums):
    # Split by the highest bit where the values differ; the best pair takes one value from each side, which is
    # found by recursing on matching pairs of groups bit by bit.
    def cross(a, b, bit):
        if bit < 0 or not a or not b:
            return 0
        a0 = [x for x in a if not (x >> bit) & 1]
        a1 = [x for x in a if (x >> bit) & 1]
        b0 = [x for x in b if not (x >> bit) & 1]
        b1 = [x for x in b if (x >> bit) & 1]
        options = []
        if a0 and b1:
            options.append((a0, b1))
        if a1 and b0:
            options.append((a1, b0))
        if options:
            return (1 << bit) + max(cross(p, q, bit - 1) for p, q in options)
        return cross(a, b, bit - 1)

    values = sorted(set(nums))
    if len(values) == 1:
        return 0
    for bit in range(values[-1].bit_length() - 1, -1, -1):
        low = [x for x in values if not (x >> bit) & 1]
        high = [x for x in values if (x >> bit) & 1]
        if low and high:
            return (1 << bit) + cross(low, high, bit - 1)
    return 0
