def generate(size, rng):
    # amount ~ size; 10 to 25 distinct denominations, mostly small (<= 100) plus a few spread up to the amount.
    amount = rng.randint(max(0, size // 2), size)
    m = rng.randint(10, 25)
    coins = set()
    while len(coins) < m:
        if rng.random() < 0.8:
            coins.add(rng.randint(1, 100))
        else:
            coins.add(rng.randint(1, max(1, size)))
    coins = sorted(coins)
    rng.shuffle(coins)
    return [coins, amount]
