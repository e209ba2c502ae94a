from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # The processes sorted by arrival (a stable sort keeps ties in index order) feed a deque of indices; the
    # remaining work lives in a list indexed by process, and the next arrival time is kept in a local so the check
    # after each slice is one comparison.
    n = len(arrivals)
    order = sorted(range(n), key=arrivals.__getitem__)
    times = [arrivals[i] for i in order]
    times.append(float("inf"))
    remaining = list(bursts)
    queue = deque()
    push = queue.append
    pop = queue.popleft
    total = 0
    t = 0
    k = 0
    nxt = times[0]
    while k < n or queue:
        if not queue:
            if nxt > t:
                t = nxt
            while nxt <= t:
                push(order[k])
                k += 1
                nxt = times[k]
        p = pop()
        r = remaining[p]
        if r > quantum:
            t += quantum
            remaining[p] = r - quantum
            while nxt <= t:
                push(order[k])
                k += 1
                nxt = times[k]
            push(p)
        else:
            t += r
            total += (p + 1) * t
            while nxt <= t:
                push(order[k])
                k += 1
                nxt = times[k]
    return total
