from collections import deque


def assign_tellers(k, arrivals, durations):
    # Event by event as in a textbook simulation, with a deque for the line: at each event time, arrivals join the
    # line, then free tellers (lowest number first) take customers from its head.
    n = len(arrivals)
    free_at = [0] * k
    result = [0] * n
    line = deque()
    i = 0
    time = 0
    served = 0
    while served < n:
        while i < n and arrivals[i] <= time:
            line.append(i)
            i += 1
        for t in range(k):
            if not line:
                break
            if free_at[t] <= time:
                c = line.popleft()
                result[c] = t
                free_at[t] = time + durations[c]
                served += 1
        nxt = arrivals[i] if i < n and not line else None
        busy = [f for f in free_at if f > time]
        if busy:
            soonest = min(busy)
            nxt = soonest if nxt is None else min(nxt, soonest)
        if nxt is None:
            nxt = arrivals[i] if i < n else time
        time = nxt
    return result
