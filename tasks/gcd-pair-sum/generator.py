def generate(size, rng):
    # `size` values up to a bound that grows with size (2 * 10**5 at the top level): most uniform, some multiples of a
    # few shared factors so large common divisors occur, and some repeats.
    bound = min(200000, max(10, size))
    factors = [rng.randint(2, max(2, bound // 50)) for _ in range(5)]
    nums = []
    for _ in range(size):
        r = rng.random()
        if r < 0.6 or not nums:
            nums.append(rng.randint(1, bound))
        elif r < 0.9:
            f = rng.choice(factors)
            nums.append(f * rng.randint(1, bound // f))
        else:
            nums.append(rng.choice(nums))
    return [nums]
