from collections import deque


def elevator_nearest_first(requests):
    # A queue per floor; the nearest call is found by looking at floors cur, cur - 1, cur + 1, cur - 2, ... until
    # one has a caller (both floors at a distance are looked at, the earlier call wins).
    top = max((max(r[1], r[2]) for r in requests), default=0)
    queues = [deque() for _ in range(top + 1)]
    count = 0
    i = 0
    n = len(requests)
    now = cur = waited = 0
    while i < n or count:
        if count == 0 and requests[i][0] > now:
            now = requests[i][0]
        while i < n and requests[i][0] <= now:
            queues[requests[i][1]].append(i)
            count += 1
            i += 1
        d = 0
        while True:
            lo, hi = cur - d, cur + d
            a = queues[lo][0] if lo >= 0 and queues[lo] else None
            b = queues[hi][0] if hi <= top and queues[hi] else None
            if a is not None or b is not None:
                break
            d += 1
        src = lo if b is None or (a is not None and a < b) else hi
        j = queues[src].popleft()
        count -= 1
        t, _, dst = requests[j]
        now += abs(src - cur)
        waited += now - t
        now += abs(dst - src)
        cur = dst
    return [now, waited]
