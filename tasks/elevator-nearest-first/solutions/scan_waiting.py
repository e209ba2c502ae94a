def elevator_nearest_first(requests):
    # Jump from decision to decision; the waiting calls are a list scanned for the nearest pickup each time.
    waiting = []
    now = 0
    floor = 0
    total_wait = 0
    nxt = 0
    n = len(requests)
    while nxt < n or waiting:
        if not waiting and requests[nxt][0] > now:
            now = requests[nxt][0]
        while nxt < n and requests[nxt][0] <= now:
            waiting.append(nxt)
            nxt += 1
        best = min(waiting, key=lambda j: (abs(requests[j][1] - floor), j))
        waiting.remove(best)
        t, src, dst = requests[best]
        now += abs(src - floor)
        total_wait += now - t
        now += abs(dst - src)
        floor = dst
    return [now, total_wait]
