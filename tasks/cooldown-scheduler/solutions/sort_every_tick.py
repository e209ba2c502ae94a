def cooldown_order(tasks, cooldown):
    # Time unit by time unit: collect the labels that may run now, sort them by (most left, smallest label) and run
    # the first one.
    remaining = {}
    for t in tasks:
        remaining[t] = remaining.get(t, 0) + 1
    next_allowed = {label: 0 for label in remaining}
    order = []
    time = 0
    left = len(tasks)
    while left > 0:
        candidates = [label for label in remaining if remaining[label] > 0 and next_allowed[label] <= time]
        if candidates:
            candidates.sort(key=lambda label: (-remaining[label], label))
            best = candidates[0]
            order.append(best)
            remaining[best] -= 1
            next_allowed[best] = time + cooldown + 1
            left -= 1
        time += 1
    return order
