from bisect import bisect_left, insort


def elevator_nearest_first(requests):
    # One sorted list of (pickup floor, index) pairs; the candidates are the first pair at or above the elevator's
    # floor and the first pair of the highest floor below it.
    waiting = []
    now = cur = waited = 0
    i, n = 0, len(requests)
    while i < n or waiting:
        if not waiting and requests[i][0] > now:
            now = requests[i][0]
        while i < n and requests[i][0] <= now:
            insort(waiting, (requests[i][1], i))
            i += 1
        k = bisect_left(waiting, (cur, -1))
        best = k if k < len(waiting) else None
        if k > 0:
            below = bisect_left(waiting, (waiting[k - 1][0], -1))
            if best is None:
                best = below
            else:
                du = waiting[k][0] - cur
                dd = cur - waiting[below][0]
                if dd < du or (dd == du and waiting[below][1] < waiting[k][1]):
                    best = below
        src, j = waiting.pop(best)
        t, _, dst = requests[j]
        now += abs(src - cur)
        waited += now - t
        now += abs(dst - src)
        cur = dst
    return [now, waited]
