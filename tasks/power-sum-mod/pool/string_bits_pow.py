def power_sum_mod(n, k, m):
    # Fast exponentiation over the bits of the exponent string, exponent reduced by Fermat.
    e = k % (m - 1)
    bits = bin(e)[2:]
    total = 0
    for i in range(1, n + 1):
        r = 1
        for b in bits:
            r = r * r % m
            if b == "1":
                r = r * i % m
        total += r
    return total % m
