from bisect import bisect_left, insort
from collections import deque


def elevator_nearest_first(requests):
    # Waiting calls bucketed by pickup floor (a deque per floor, in listing order) plus a sorted list of the floors
    # with calls: the nearest call is found by bisection, comparing the first floor at or above the elevator with
    # the last below it (a tie goes to the call listed first).
    n = len(requests)
    buckets = {}
    floors = []
    now = cur = waited = 0
    i = 0
    while i < n or floors:
        if not floors and requests[i][0] > now:
            now = requests[i][0]
        while i < n and requests[i][0] <= now:
            src = requests[i][1]
            q = buckets.get(src)
            if q is None:
                buckets[src] = deque((i,))
                insort(floors, src)
            else:
                q.append(i)
            i += 1
        k = bisect_left(floors, cur)
        if k == len(floors):
            k -= 1
        elif k and floors[k] != cur:
            up, down = floors[k], floors[k - 1]
            if cur - down < up - cur or (cur - down == up - cur and buckets[down][0] < buckets[up][0]):
                k -= 1
        src = floors[k]
        q = buckets[src]
        j = q.popleft()
        if not q:
            del buckets[src]
            del floors[k]
        t, _, dst = requests[j]
        now += abs(src - cur)
        waited += now - t
        now += abs(dst - src)
        cur = dst
    return [now, waited]
