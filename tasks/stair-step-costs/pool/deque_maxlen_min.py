from collections import deque


def min_climb_costs(stairs, ks):
    out = []
    for costs, k in zip(stairs, ks):
        window = deque([0], maxlen=k)
        total = 0
        for c in costs:
            total = c + min(window)
            window.append(total)
        out.append(min(window))
    return out
