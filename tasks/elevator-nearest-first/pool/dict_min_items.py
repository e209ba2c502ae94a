def elevator_nearest_first(requests):
    # Waiting calls in a dict index -> call; the nearest is min() over its items with a tuple key.
    waiting = {}
    now = 0
    floor = 0
    waited = 0
    nxt = 0
    while nxt < len(requests) or waiting:
        if not waiting:
            now = max(now, requests[nxt][0])
        while nxt < len(requests) and requests[nxt][0] <= now:
            waiting[nxt] = requests[nxt]
            nxt += 1
        j, (t, src, dst) = min(waiting.items(), key=lambda kv: (abs(kv[1][1] - floor), kv[0]))
        del waiting[j]
        now += abs(src - floor)
        waited += now - t
        now += abs(dst - src)
        floor = dst
    return [now, waited]
