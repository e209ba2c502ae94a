def generate(size, rng):
    # `size` requests in a building of 50 to 400 floors. Calls come about as fast as the elevator serves them (a
    # load of 0.85 to 1.1 over an estimated trip length), so tens to hundreds wait at once, with quiet spells now
    # and then (the elevator idles). A third of the trips start at the lobby (floor 0) and a third end there.
    floors = rng.randint(50, 400)
    mean_gap = floors / 2.2 / rng.uniform(0.8, 1.0)
    t = 0
    out = []
    for _ in range(size):
        if rng.random() < 0.002:
            t += rng.randint(1, 50 * floors)
        else:
            t += int(rng.expovariate(1 / mean_gap))
        x = rng.random()
        src = 0 if x < 0.33 else rng.randrange(1, floors)
        dst = 0 if 0.33 <= x < 0.66 else rng.randrange(floors)
        if dst == src:
            dst = (src + 1 + rng.randrange(floors - 1)) % floors
        out.append([t, src, dst])
    return [out]
