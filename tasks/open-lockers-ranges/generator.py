def generate(size, rng, index):
    # Shape first (so a seed keeps its regime at every size): the bounds' magnitude 10**e, the share of bounds put on
    # or next to a perfect square (off-by-one traps), and the share of ranges starting at locker 1. Test 0 of a level
    # (the timed and DPE input) uses bounds up to 10**36, far beyond a float's 53-bit precision; the other tests draw
    # e from 1 to 36. Widths are 10**k for a k drawn per range, so some ranges hold no open locker and some many.
    e = 36 if index == 0 else rng.randint(1, 36)
    top = 10**e
    near_square = rng.random() * 0.4
    from_one = rng.random() * 0.1
    ranges = []
    for _ in range(size):
        lo = 1 if rng.random() < from_one else rng.randint(1, top)
        hi = min(top, lo + rng.randint(0, 10 ** rng.randint(0, e)))
        if rng.random() < near_square:
            r = rng.randint(1, 10 ** (e // 2))
            lo = max(1, r * r + rng.randint(-1, 1))
            r2 = r + rng.randint(0, 3)
            hi = max(lo, min(top, r2 * r2 + rng.randint(-1, 1)))
        ranges.append((lo, hi))
    return [ranges]
