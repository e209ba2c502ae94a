def generate(size, rng):
    n = max(1, size)
    if rng.random() < 0.7:
        lo, hi = -10**9, 10**9               # (almost) all distinct
    else:
        lo, hi = -(n // 4 + 1), n // 4 + 1   # many duplicates
    # k is drawn before the numbers, as a fraction of n, so that one seed gives the same quantile k/n at every size
    # (randint's rejection sampling depends on n's bit length: it would give another quantile at many sizes)
    k = 1 + min(n - 1, int(rng.random() * n))
    nums = [rng.randint(lo, hi) for _ in range(n)]
    return [nums, k]
