def cooldown_order(tasks, cooldown):
    # Labels in string order in parallel arrays; each time unit a Python loop finds the best runnable label.
    counts = {}
    for x in tasks:
        counts[x] = counts.get(x, 0) + 1
    names = sorted(counts)
    left = [counts[x] for x in names]
    free = [0] * len(names)
    order = []
    total = len(tasks)
    time = 0
    while len(order) < total:
        best = -1
        for i in range(len(names)):
            if left[i] and free[i] <= time and (best < 0 or left[i] > left[best]):
                best = i
        if best >= 0:
            order.append(names[best])
            left[best] -= 1
            free[best] = time + cooldown + 1
        time += 1
    return order
