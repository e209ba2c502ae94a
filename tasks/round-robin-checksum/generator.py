def generate(size, rng, index):
    # `size` processes. The shape comes first: the quantum (2 to 12), the largest burst in slices (4 to 16) and the
    # load (work arriving per unit of time). Test 0 of a level, the timed and DPE input, keeps the shape steady
    # (quantum 10 to 14, bursts up to 9 to 11 quanta, so about 5 slices per process) and has load 1.15, so the
    # ready queue grows to thousands of processes, the other tests draw it from 0.5 (mostly idle, short queues) to
    # 1.5. Arrivals are running sums of random gaps (some zero, so ties occur), with now and then a long idle gap,
    # and are then shuffled together with the bursts.
    if index == 0:
        quantum = rng.randint(10, 14)
        max_burst = quantum * rng.randint(9, 11)
    else:
        quantum = rng.randint(2, 12)
        max_burst = quantum * rng.randint(4, 16)
    load = 1.15 if index == 0 else rng.uniform(0.5, 1.5)
    mean_gap = (1 + max_burst) / 2 / load
    arrivals = []
    bursts = []
    t = 0
    for _ in range(size):
        arrivals.append(t)
        bursts.append(rng.randint(1, max_burst))
        if rng.random() < 0.001:
            t += rng.randint(0, int(mean_gap * 1000))
        else:
            t += rng.randint(0, int(2 * mean_gap))
    order = list(range(size))
    rng.shuffle(order)
    return [[arrivals[i] for i in order], [bursts[i] for i in order], quantum]
