from collections import deque


def round_robin_checksum(arrivals, bursts, quantum):
    # Mutable [index, remaining] records in a deque; each slice runs min(quantum, remaining).
    n = len(arrivals)
    order = sorted(range(n), key=lambda i: arrivals[i])
    records = [[i, bursts[i]] for i in range(n)]
    queue = deque()
    finish = {}
    time = 0
    nxt = 0
    while nxt < n or queue:
        if not queue:
            time = max(time, arrivals[order[nxt]])
            while nxt < n and arrivals[order[nxt]] <= time:
                queue.append(records[order[nxt]])
                nxt += 1
        rec = queue.popleft()
        run = min(quantum, rec[1])
        time += run
        rec[1] -= run
        while nxt < n and arrivals[order[nxt]] <= time:
            queue.append(records[order[nxt]])
            nxt += 1
        if rec[1] > 0:
            queue.append(rec)
        else:
            finish[rec[0]] = time
    return sum((i + 1) * finish[i] for i in range(n))
