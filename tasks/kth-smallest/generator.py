def generate(size, rng):
    n = max(1, size)
    if rng.random() < 0.7:
        lo, hi = -10**9, 10**9               # (almost) all distinct
    else:
        lo, hi = -(n // 4 + 1), n // 4 + 1   # many duplicates
    nums = [rng.randint(lo, hi) for _ in range(n)]
    k = rng.randint(1, n)
    return [nums, k]
