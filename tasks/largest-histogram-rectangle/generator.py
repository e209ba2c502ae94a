def generate(size, rng):
    # Many short histograms whose bars add up to about `size`. The shape is drawn first (the range of histogram
    # lengths, the tallest bar, how often a bar is zero), so a seed keeps its regime at every size; histogram
    # lengths stay between 40 and 110 bars at every size, only their number grows. Heights repeat often.
    total = max(0, size)
    low = rng.randint(40, 60)
    high = rng.randint(low + 30, 110)
    top = rng.choice([50, 1000, 10**6])
    zeros = rng.uniform(0.0, 0.05)
    histograms = []
    used = 0
    while used < total:
        n = min(rng.randint(low, high), total - used)
        histograms.append([0 if rng.random() < zeros else rng.randint(1, top) for _ in range(n)])
        used += n
    return [histograms]
