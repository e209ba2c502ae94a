def generate(size, rng):
    # Mostly uniform 32-bit words; some small values (high bits zero), some with the top bit set, and repeats.
    nums = []
    for _ in range(size):
        r = rng.random()
        if r < 0.7 or not nums:
            nums.append(rng.getrandbits(32))
        elif r < 0.8:
            nums.append(rng.getrandbits(rng.randint(1, 16)))
        elif r < 0.9:
            nums.append((1 << 31) | rng.getrandbits(31))
        else:
            nums.append(rng.choice(nums))
    return [nums]
