from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # Keeps the running process at the front of the deque: a finished one is popped, a preempted one is rotated
    # to the back once the new arrivals have been appended behind the queue (inserted before it, since it is
    # still at the front).
    n = len(arrivals)
    order = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    queue = deque()
    total = 0
    t = 0
    k = 0
    while k < n or queue:
        if not queue:
            t = max(t, arrivals[order[k]])
            while k < n and arrivals[order[k]] <= t:
                queue.append(order[k])
                k += 1
        p = queue[0]
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while k < n and arrivals[order[k]] <= t:
            queue.append(order[k])
            k += 1
        if remaining[p] > 0:
            queue.rotate(-1)
        else:
            queue.popleft()
            total += (p + 1) * t
    return total
