from collections import Counter


def cooldown_order(tasks, cooldown):
    # Each time unit, the min of a generator of (-left, label) over the runnable labels.
    left = Counter(tasks)
    release = dict.fromkeys(left, 0)
    order = []
    time = 0
    todo = len(tasks)
    while todo:
        best = min(((-c, s) for s, c in left.items() if c and release[s] <= time), default=None)
        if best is not None:
            s = best[1]
            order.append(s)
            left[s] -= 1
            release[s] = time + cooldown + 1
            todo -= 1
        time += 1
    return order
