def generate(size, rng):
    # `size` buildings on a street about 1000 * size long, so the buildings over a point (about 440 on average) and
    # the other ends inside one building's span stay about the same at every size. Widths are heavy-tailed: most
    # up to 800,000, one in 20 up to 5,000,000 and one in 1000 up to a tenth of the street; one building in 50 repeats
    # an earlier one's ends with another height.
    street = max(10, 1000 * size)
    out = []
    for _ in range(size):
        x = rng.random()
        if out and x < 0.02:
            left, right, _ = rng.choice(out)
        else:
            limit = 800_000 if x < 0.95 else (5_000_000 if x < 0.999 else max(2, street // 10))
            width = rng.randint(1, min(limit, street))
            left = rng.randint(0, street - width)
            right = left + width
        out.append([left, right, rng.randint(1, 10 ** 6)])
    return [out]
