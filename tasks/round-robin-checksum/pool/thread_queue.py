from queue import Queue


def round_robin_checksum(arrivals, bursts, quantum):
    # queue.Queue as the ready queue (thread-safe, so every put and get takes a lock).
    n = len(arrivals)
    order = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    finish = [0] * n
    ready = Queue()
    t = 0
    k = 0
    while k < n or not ready.empty():
        if ready.empty():
            t = max(t, arrivals[order[k]])
            while k < n and arrivals[order[k]] <= t:
                ready.put(order[k])
                k += 1
        p = ready.get()
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while k < n and arrivals[order[k]] <= t:
            ready.put(order[k])
            k += 1
        if remaining[p] > 0:
            ready.put(p)
        else:
            finish[p] = t
    return sum((i + 1) * f for i, f in enumerate(finish))
