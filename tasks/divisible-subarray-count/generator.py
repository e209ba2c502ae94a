def generate(size, rng, index):
    # The divisor is drawn first, so a seed keeps its regime at every size. Test 0 of a level (the timed and DPE
    # input) takes k from 1000 to 5000: many distinct prefix remainders, each seen many times. Other tests mix tiny
    # divisors (most prefixes collide), divisors near the prefix-sum range and huge ones (almost no collisions).
    if index == 0:
        k = rng.randint(1000, 5000)
    else:
        k = rng.choice([rng.randint(1, 12), rng.randint(13, 5000), rng.randint(5000, 10**6), rng.randint(10**8, 10**9)])
    nums = [rng.randint(-10**4, 10**4) for _ in range(size)]
    return [nums, k]
