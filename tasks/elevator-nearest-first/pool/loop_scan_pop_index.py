def elevator_nearest_first(requests):
    # Jump between trips; a plain loop over the waiting calls finds the nearest, removed with pop(position).
    waiting = []
    now = floor = total = 0
    i, n = 0, len(requests)
    while i < n or waiting:
        if not waiting:
            now = max(now, requests[i][0])
        while i < n and requests[i][0] <= now:
            waiting.append(requests[i])
            i += 1
        best = 0
        best_d = abs(waiting[0][1] - floor)
        for p in range(1, len(waiting)):
            d = abs(waiting[p][1] - floor)
            if d < best_d:
                best, best_d = p, d
        t, src, dst = waiting.pop(best)
        now += best_d
        total += now - t
        now += abs(dst - src)
        floor = dst
    return [now, total]
