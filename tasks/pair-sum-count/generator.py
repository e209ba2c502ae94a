def generate(size, rng):
    # Values from a range about as wide as the list, so that many pairs exist and duplicates are common.
    span = max(2, size)
    nums = [rng.randint(-span, span) for _ in range(size)]
    target = rng.randint(-span // 2, span // 2)
    return [nums, target]
