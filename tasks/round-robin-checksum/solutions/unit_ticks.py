from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # Simulates the clock one time unit at a time (jumping only over idle gaps): the running process gets one unit
    # and the arrivals up to the new time are admitted, until the quantum is used up or the process is done.
    n = len(arrivals)
    procs = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    finish = [0] * n
    queue = deque()
    t = 0
    k = 0
    while k < n or queue:
        if not queue:
            t = max(t, arrivals[procs[k]])
            while k < n and arrivals[procs[k]] <= t:
                queue.append(procs[k])
                k += 1
        p = queue.popleft()
        used = 0
        while used < quantum and remaining[p] > 0:
            t += 1
            used += 1
            remaining[p] -= 1
            while k < n and arrivals[procs[k]] <= t:
                queue.append(procs[k])
                k += 1
        if remaining[p] > 0:
            queue.append(p)
        else:
            finish[p] = t
    return sum((i + 1) * f for i, f in enumerate(finish))
