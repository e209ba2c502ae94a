def generate(size, rng):
    # Two strings of length ~size over the same alphabet of 30-70 symbols (ASCII letters, digits and some
    # non-ASCII letters); the second one is a mutated copy of the first for part of the tests.
    pool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüñøßλπжш中文日本"
    sigma = rng.randint(30, 70)
    alphabet = rng.sample(pool, sigma)
    a = [rng.choice(alphabet) for _ in range(size)]
    if rng.random() < 0.5:
        b = [rng.choice(alphabet) for _ in range(rng.randint(max(0, size * 3 // 4), size))]
    else:
        b = []
        for ch in a:
            r = rng.random()
            if r < 0.15:
                continue
            if r < 0.3:
                b.append(rng.choice(alphabet))
            else:
                b.append(ch)
            if rng.random() < 0.1:
                b.append(rng.choice(alphabet))
    return ["".join(a), "".join(b)]
