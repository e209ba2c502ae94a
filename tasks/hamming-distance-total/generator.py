def generate(size, rng):
    # Mostly uniform 30-bit values, some with only a few low bits set, and repeats of earlier values.
    nums = []
    for _ in range(size):
        r = rng.random()
        if r < 0.7 or not nums:
            nums.append(rng.getrandbits(30))
        elif r < 0.85:
            nums.append(rng.getrandbits(rng.randint(1, 12)))
        else:
            nums.append(rng.choice(nums))
    return [nums]
