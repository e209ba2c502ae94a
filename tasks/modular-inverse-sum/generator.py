# Primes of several sizes (all checked by Miller-Rabin with the first 12 prime bases, exact below 3.3 * 10**24).
_SMALL = [2, 3, 7, 10007, 65537]
_LARGE = [998244353, 1000000007, 2147483647, 1000000000039, 1125899906842597, 576460752303423433,
          1000000000000000003, 2305843009213693951, 4611686018427387847]


def generate(size, rng, index):
    # The prime is drawn first, so a seed keeps its regime at every size. Test 0 of a level (the timed and DPE input)
    # uses the 61-bit Mersenne prime; the other tests mostly large primes, sometimes a small one (then many numbers
    # share a remainder). Numbers: mostly uniform up to 10**18, some small (below 1000), some repeats; a multiple of
    # p is moved down by one (never below 1, since a multiple of p is at least p >= 2).
    if index == 0:
        p = 2305843009213693951
    elif rng.random() < 0.2:
        p = rng.choice(_SMALL)
    else:
        p = rng.choice(_LARGE)
    small_share = rng.random() * 0.3
    nums = []
    for _ in range(size):
        r = rng.random()
        if r < small_share:
            x = rng.randint(1, 1000)
        elif r < small_share + 0.05 and nums:
            x = rng.choice(nums)
        else:
            x = rng.randint(1, 10**18)
        if x % p == 0:
            x -= 1
        nums.append(x)
    return [nums, p]
