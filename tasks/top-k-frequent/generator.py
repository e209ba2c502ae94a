def generate(size, rng):
    # Skewed values: a few popular ones and a long tail, so frequencies tie often and the number of
    # distinct values is a good fraction of the size.
    span = max(2, size // 2)
    nums = []
    for _ in range(size):
        if rng.random() < 0.3:
            nums.append(rng.randint(-20, 20))
        else:
            nums.append(rng.randint(-span, span))
    k = rng.randint(max(1, size // 100), max(2, size // 50))
    return [nums, k]
