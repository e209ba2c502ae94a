from collections import deque


def assign_tellers(k, arrivals, durations):
    # Event-time simulation with a deque line; at each event time the free tellers are collected and sorted.
    n = len(arrivals)
    free_at = [0] * k
    out = [0] * n
    line = deque()
    i = 0
    now = 0
    while i < n or line:
        while i < n and arrivals[i] <= now:
            line.append(i)
            i += 1
        available = sorted(t for t in range(k) if free_at[t] <= now)
        for t in available:
            if not line:
                break
            c = line.popleft()
            out[c] = t
            free_at[t] = now + durations[c]
        candidates = [f for f in free_at if f > now]
        if i < n:
            candidates.append(arrivals[i])
        if not candidates:
            break
        now = min(candidates)
    return out
