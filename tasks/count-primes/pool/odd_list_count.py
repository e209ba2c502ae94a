def count_primes(n):
    # Odd numbers only, in a list of booleans; counted with list.count.
    if n < 3:
        return 0
    half = n // 2
    odd = [True] * half
    odd[0] = False
    i = 1
    while (2 * i + 1) ** 2 < n:
        if odd[i]:
            p = 2 * i + 1
            start = p * p // 2
            odd[start::p] = [False] * len(range(start, half, p))
        i += 1
    return odd.count(True) + 1
