def generate(size, rng, index):
    # The machine (price, cap, capacity) and the mix of events are drawn first, so a seed keeps its regime at every
    # size. Test 0 of a level (the timed and DPE input) is a busy machine: coins about half the events, every event
    # kind frequent. Other tests draw their mix at random: coin-heavy (many rejections), button-heavy (the machine
    # sells out), refund-heavy (credit rarely builds up).
    price = 5 * rng.randint(1, 20)
    cap = 5 * rng.randint(price // 5, 20)
    capacity = rng.randint(1, 10)
    if index == 0:
        weights = [16, 16, 18, 30, 8, 12]
    else:
        weights = [1 + int(rng.random() * 30) for _ in range(6)]
    events = "".join(rng.choices("ndqbrs", weights, k=size))
    return [events, price, cap, capacity]
