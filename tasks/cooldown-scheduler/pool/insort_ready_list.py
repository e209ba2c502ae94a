import bisect
from collections import Counter, deque


def cooldown_order(tasks, cooldown):
    # Runnable labels kept in a sorted list of (-left, label); the best is at the front.
    ready = sorted((-c, s) for s, c in Counter(tasks).items())
    cooling = deque()
    order = []
    t = 0
    while ready or cooling:
        while cooling and cooling[0][0] <= t:
            bisect.insort(ready, cooling.popleft()[1])
        if ready:
            negc, s = ready.pop(0)
            order.append(s)
            if negc < -1:
                cooling.append((t + cooldown + 1, (negc + 1, s)))
        t += 1
    return order
