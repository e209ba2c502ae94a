def count_bits_upto(ns):
    # The set-bit walk with the running state kept as a tuple that is rebuilt at every step.
    out = []
    for n in ns:
        state = (n, 0, 0)  # remaining bits, total so far, set bits seen above
        while state[0]:
            m, total, above = state
            p = m.bit_length() - 1
            state = (m - (1 << p), total + above * 2 ** p + p * 2 ** p // 2, above + 1)
        out.append(state[1] + state[2])
    return out
