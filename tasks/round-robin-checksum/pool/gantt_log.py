from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # Records the Gantt chart (process, start, end) of every slice, then reads each process's last end from it.
    n = len(arrivals)
    order = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = {i: bursts[i] for i in range(n)}
    gantt = []
    queue = deque()
    t = 0
    k = 0
    while k < n or queue:
        if not queue:
            t = max(t, arrivals[order[k]])
            while k < n and arrivals[order[k]] <= t:
                queue.append(order[k])
                k += 1
        p = queue.popleft()
        run = min(quantum, remaining[p])
        gantt.append((p, t, t + run))
        t += run
        remaining[p] -= run
        while k < n and arrivals[order[k]] <= t:
            queue.append(order[k])
            k += 1
        if remaining[p] > 0:
            queue.append(p)
    finish = {}
    for p, start, end in gantt:
        finish[p] = end
    return sum((p + 1) * end for p, end in finish.items())
