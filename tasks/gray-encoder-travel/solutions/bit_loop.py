def travel(readings):
    # Decode each code bit by bit: the position is the xor of the code shifted right by 0, 1, 2, ... places.
    total = 0
    prev = None
    for g in readings:
        p = 0
        while g:
            p ^= g
            g >>= 1
        if prev is not None:
            total += abs(p - prev)
        prev = p
    return total
