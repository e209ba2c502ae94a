from collections import deque


class Process:
    def __init__(self, pid, arrival, burst):
        self.pid = pid
        self.arrival = arrival
        self.remaining = burst
        self.finish = None


def round_robin_checksum(arrivals, bursts, quantum):
    # One Process object per process, in a deque; arrivals are admitted from the list sorted by (arrival, pid).
    procs = [Process(i, a, b) for i, (a, b) in enumerate(zip(arrivals, bursts))]
    pending = sorted(procs, key=lambda p: (p.arrival, p.pid))
    queue = deque()
    time = 0
    k = 0

    def admit(now):
        nonlocal k
        while k < len(pending) and pending[k].arrival <= now:
            queue.append(pending[k])
            k += 1

    while k < len(pending) or queue:
        if not queue:
            time = max(time, pending[k].arrival)
            admit(time)
        proc = queue.popleft()
        run = min(quantum, proc.remaining)
        time += run
        proc.remaining -= run
        admit(time)
        if proc.remaining > 0:
            queue.append(proc)
        else:
            proc.finish = time
    return sum((p.pid + 1) * p.finish for p in procs)
