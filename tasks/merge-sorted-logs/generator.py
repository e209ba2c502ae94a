import math


def generate(size, rng):
    # `size` timestamps spread over about sqrt(size) logs of uneven lengths (some empty, one often far longer than
    # the rest). Logs overlap in time, some repeat values (bursts of events in one tick), some cover disjoint spans,
    # and a few are constant.
    k = max(1, math.isqrt(size)) + rng.randint(0, 3)
    weights = [rng.random() ** 2 for _ in range(k)]
    weights[rng.randrange(k)] += k / 8
    if k > 2:
        weights[rng.randrange(k)] = 0.0
    scale = size / sum(weights)
    lengths = [int(w * scale) for w in weights]
    lengths[rng.randrange(k)] += size - sum(lengths)
    span = 10 ** rng.randint(4, 12)
    logs = []
    for n in lengths:
        r = rng.random()
        if r < 0.7:
            lo = rng.randint(-span, span)
            log = sorted(rng.randint(lo, lo + span) for _ in range(n))
        elif r < 0.85:
            log = sorted(rng.randint(-50, 50) for _ in range(n))
        elif r < 0.95:
            start = rng.randint(-span, span)
            log = list(range(start, start + n))
        else:
            log = [rng.randint(-span, span)] * n
        logs.append(log)
    return [logs]
