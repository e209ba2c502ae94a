def generate(size, rng, index):
    # Shape first (the same at every size for a seed): the alphabet, the window length, whether and where a repeat
    # is planted. Test 0 of a level (the timed and DPE input) draws 4 symbols (spread over the whole value range)
    # and w from 24 to 40: chance repeats are very unlikely (4**24 windows), so the first repeat is a copy of an
    # earlier window planted in the last 15% of the list. Other tests mix tiny alphabets (early repeats), windows of 1
    # to 64 (the limit), and lists with no planted repeat.
    if index == 0:
        alphabet = 4
        w = rng.randint(24, 40)
        plant = True
    else:
        alphabet = rng.choice([1, 2, 3, 10, 10**9])
        w = rng.choice([1, 2, 5, rng.randint(6, 63), 64])
        plant = rng.random() < 0.6
    where = 0.85 + 0.15 * rng.random()
    source = rng.random()
    symbols = [rng.randint(-10**9, 10**9) for _ in range(min(alphabet, 1000))]
    if alphabet > 1000:
        nums = [rng.randint(-10**9, 10**9) for _ in range(size)]
    else:
        nums = [symbols[rng.randrange(alphabet)] for _ in range(size)]
    if plant and size >= 2 * w:
        dst = w + int(where * (size - 2 * w))
        src = int(source * (dst - w))
        nums[dst:dst + w] = nums[src:src + w]
    return [nums, w]
