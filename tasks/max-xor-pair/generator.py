def generate(size, rng):
    # n = size values below 2^bits (bits between 20 and 40); in half of the tests the values share a common
    # high prefix, so that the answer is decided by the low bits.
    n = max(2, size)
    bits = rng.randint(20, 40)
    nums = [rng.getrandbits(bits) for _ in range(n)]
    if rng.random() < 0.5:
        high = rng.getrandbits(bits) << bits
        low_bits = max(1, bits - rng.randint(2, 10))
        nums = [high | (x >> (bits - low_bits)) for x in nums]
    return [nums]
