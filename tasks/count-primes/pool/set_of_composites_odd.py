def count_primes(n):
    # Odd-only sieve where each prime's multiples are cleared from a list of flags, then the flags are turned
    # into a string and counted.
    if n < 3:
        return 0
    half = n // 2
    flags = ["1"] * half
    flags[0] = "0"
    i = 1
    while (2 * i + 1) ** 2 < n:
        if flags[i] == "1":
            p = 2 * i + 1
            start = p * p // 2
            flags[start::p] = ["0"] * len(range(start, half, p))
        i += 1
    return "".join(flags).count("1") + 1
