def power_sum_mod(n, k, m):
    # Hand-written binary exponentiation for every base.
    total = 0
    for i in range(1, n + 1):
        result = 1
        base = i % m
        e = k
        while e > 0:
            if e & 1:
                result = result * base % m
            base = base * base % m
            e >>= 1
        total = (total + result) % m
    return total
