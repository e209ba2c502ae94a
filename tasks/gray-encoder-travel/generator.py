def generate(size, rng, index):
    # A carriage's path: a random walk with steps up to a scale drawn first (2**0 to 2**31, so a seed keeps its regime
    # at every size), with a share of jumps to uniform random positions, some pauses (repeated readings), and
    # reflection at both ends of the range. The readings are the Gray codes of the positions.
    top = 2**32 - 1
    scale = 2 ** rng.randint(0, 31)
    jump_share = rng.random() * 0.2
    pause_share = rng.random() * 0.1
    p = rng.getrandbits(32)
    readings = []
    for _ in range(size):
        r = rng.random()
        if r < jump_share:
            p = rng.getrandbits(32)
        elif r >= jump_share + pause_share:
            p += rng.randint(-scale, scale)
            if p < 0:
                p = -p
            elif p > top:
                p = 2 * top - p
        readings.append(p ^ (p >> 1))
    return [readings]
