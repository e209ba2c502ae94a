def count_bits_upto(ns):
    # Per bit position: ones of bit b among 0..n = full periods of length 2^(b+1) times 2^b, plus the excess of
    # the last partial period over 2^b.  Positions are walked with a while loop until 2^b exceeds n.
    answers = []
    for n in ns:
        count = 0
        half = 1
        while half <= n:
            period = half * 2
            count += (n + 1) // period * half
            extra = (n + 1) % period - half
            if extra > 0:
                count += extra
            half = period
        answers.append(count)
    return answers
