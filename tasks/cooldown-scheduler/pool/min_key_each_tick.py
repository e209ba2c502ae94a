from collections import Counter


def cooldown_order(tasks, cooldown):
    # Each time unit, take the min over the labels that may run, keyed by (-left, label).
    left = Counter(tasks)
    last = {}
    order = []
    t = 0
    total = len(tasks)
    while len(order) < total:
        avail = [x for x in left if left[x] > 0 and (x not in last or t - last[x] > cooldown)]
        if avail:
            pick = min(avail, key=lambda x: (-left[x], x))
            order.append(pick)
            left[pick] -= 1
            last[pick] = t
        t += 1
    return order
