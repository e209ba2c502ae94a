def elevator_nearest_first(requests):
    # Sort the waiting calls by (distance, index) before every trip and take the first.
    pending = list(range(len(requests)))
    waiting = []
    now = pos = wait = 0
    while pending or waiting:
        if not waiting and requests[pending[0]][0] > now:
            now = requests[pending[0]][0]
        while pending and requests[pending[0]][0] <= now:
            waiting.append(pending.pop(0))
        waiting.sort(key=lambda j: (abs(requests[j][1] - pos), j))
        j = waiting.pop(0)
        t, src, dst = requests[j]
        now += abs(src - pos)
        wait += now - t
        now += abs(dst - src)
        pos = dst
    return [now, wait]
