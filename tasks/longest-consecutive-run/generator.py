def generate(size, rng):
    # One long block of consecutive values (a third to a half of the list), a few shorter blocks, scattered noise
    # and duplicates, all shuffled. The long block is what makes re-walking runs from every value expensive.
    if size <= 0:
        return [[]]
    span = 10 * size + 10
    nums = []
    long_len = rng.randint(max(1, size // 3), max(1, size // 2))
    start = rng.randint(-span, span)
    nums.extend(range(start, start + long_len))
    while len(nums) < size * 3 // 4:
        k = rng.randint(1, max(1, size // 50))
        s = rng.randint(-span, span)
        nums.extend(range(s, s + k))
    while len(nums) < size:
        if nums and rng.random() < 0.5:
            nums.append(nums[rng.randrange(len(nums))])
        else:
            nums.append(rng.randint(-span, span))
    nums = nums[:size]
    rng.shuffle(nums)
    return [nums]
