from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # A deque of (index, remaining) tuples: a preempted process goes back as a new tuple.
    n = len(arrivals)
    procs = sorted(zip(arrivals, range(n), bursts))
    queue = deque()
    finish = [0] * n
    t = 0
    k = 0
    while k < n or queue:
        if not queue:
            if procs[k][0] > t:
                t = procs[k][0]
            while k < n and procs[k][0] <= t:
                queue.append((procs[k][1], procs[k][2]))
                k += 1
        p, rem = queue.popleft()
        if rem > quantum:
            t += quantum
            rem -= quantum
        else:
            t += rem
            rem = 0
        while k < n and procs[k][0] <= t:
            queue.append((procs[k][1], procs[k][2]))
            k += 1
        if rem:
            queue.append((p, rem))
        else:
            finish[p] = t
    return sum((i + 1) * f for i, f in enumerate(finish))
