def count_primes(n):
    # Test every candidate below n for divisors up to its square root.
    count = 0
    for k in range(2, n):
        if k % 2 == 0:
            if k == 2:
                count += 1
            continue
        d = 3
        while d * d <= k:
            if k % d == 0:
                break
            d += 2
        else:
            count += 1
    return count
