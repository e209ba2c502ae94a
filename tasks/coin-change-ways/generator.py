def generate(size, rng):
    # amount ~ size; 10 to 25 distinct small denominations (at most 100, and at most the size).
    amount = rng.randint(max(0, size // 2), size)
    hi = max(2, min(100, size))
    m = min(hi, rng.randint(10, 25))
    coins = rng.sample(range(1, hi + 1), m)
    return [coins, amount]
