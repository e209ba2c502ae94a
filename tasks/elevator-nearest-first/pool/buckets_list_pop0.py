import bisect


def elevator_nearest_first(requests):
    # Per-floor lists (popped from the front) and a sorted list of floors with callers, searched by bisection.
    queue = {}
    floors = []
    now = at = waited = 0
    i = 0
    while i < len(requests) or floors:
        if not floors:
            now = max(now, requests[i][0])
        while i < len(requests) and requests[i][0] <= now:
            f = requests[i][1]
            if f not in queue:
                queue[f] = []
                bisect.insort(floors, f)
            queue[f].append(i)
            i += 1
        k = bisect.bisect_left(floors, at)
        options = []
        if k < len(floors):
            options.append((floors[k] - at, queue[floors[k]][0], floors[k]))
        if k > 0:
            options.append((at - floors[k - 1], queue[floors[k - 1]][0], floors[k - 1]))
        _, j, src = min(options)
        queue[src].pop(0)
        if not queue[src]:
            del queue[src]
            floors.remove(src)
        t, _, dst = requests[j]
        now += abs(src - at)
        waited += now - t
        now += abs(dst - src)
        at = dst
    return [now, waited]
