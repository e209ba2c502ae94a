def generate(size, rng):
    # Jobs are listed roughly in due-date order, as a day's orders are entered: shape first (the longest job, how
    # many places a due date may stray from its job's place in the list, and whether the due dates run ahead of or
    # behind the work), so a seed keeps its regime at every size. Due dates repeat often (ties are broken by index);
    # a few jobs take no time.
    n = max(0, size)
    max_p = rng.randint(5, 60)
    reach = rng.randint(12, 24)
    slack = rng.uniform(-0.2, 0.2)
    mean_p = (max_p + 1) / 2
    step = mean_p * (1 + slack)
    jitter = max(1, int(reach * mean_p))
    origin = rng.randint(-1000, 1000)
    processing = []
    due = []
    for i in range(n):
        processing.append(0 if rng.random() < 0.03 else rng.randint(1, max_p))
        due.append(origin + int(i * step) + rng.randint(-jitter, jitter))
    return [processing, due]
