def generate(size, rng):
    # Values of both signs with a slightly negative drift, so the best subarray is somewhere in the middle.
    size = max(1, size)
    span = 10**4
    return [[rng.randint(-span - span // 20, span) for _ in range(size)]]
