def generate(size, rng):
    # Mostly random values with runs of increasing values, so the stream is neither sorted nor uniform.
    nums = []
    span = 10**9
    while len(nums) < size:
        if rng.random() < 0.1:
            start = rng.randint(-span, span // 2)
            step = rng.randint(1, 1000)
            run = rng.randint(1, 50)
            nums.extend(start + step * i for i in range(run))
        else:
            nums.append(rng.randint(-span, span))
    return [nums[:size]]
