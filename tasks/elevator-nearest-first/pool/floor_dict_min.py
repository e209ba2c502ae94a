def elevator_nearest_first(requests):
    # Calls grouped by pickup floor in a dict of lists; the nearest floor is min() over the dict's floors.
    by_floor = {}
    now = cur = waited = 0
    i = 0
    n = len(requests)
    while i < n or by_floor:
        if not by_floor and requests[i][0] > now:
            now = requests[i][0]
        while i < n and requests[i][0] <= now:
            by_floor.setdefault(requests[i][1], []).append(i)
            i += 1
        src = min(by_floor, key=lambda f: (abs(f - cur), by_floor[f][0]))
        calls = by_floor[src]
        j = calls.pop(0)
        if not calls:
            del by_floor[src]
        t, _, dst = requests[j]
        now += abs(src - cur)
        waited += now - t
        now += abs(dst - src)
        cur = dst
    return [now, waited]
