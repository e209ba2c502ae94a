def count_bits_upto(ns):
    # Count the bits of every number from 0 to n.
    return [sum(bin(i).count("1") for i in range(n + 1)) for n in ns]
