def elevator_nearest_first(requests):
    # Simulate the ride one floor per step, taking in new calls as time passes; pick the nearest waiting call by
    # scanning the list of waiting calls.
    waiting = []
    time = 0
    floor = 0
    wait_sum = 0
    k = 0
    n = len(requests)

    def arrive():
        nonlocal k
        while k < n and requests[k][0] <= time:
            waiting.append(requests[k] + [k])
            k += 1

    while k < n or waiting:
        arrive()
        if not waiting:
            time = requests[k][0]
            continue
        best = None
        for req in waiting:
            d = abs(req[1] - floor)
            if best is None or d < best[0] or (d == best[0] and req[3] < best[1][3]):
                best = (d, req)
        req = best[1]
        waiting.remove(req)
        while floor != req[1]:
            floor += 1 if req[1] > floor else -1
            time += 1
            arrive()
        wait_sum += time - req[0]
        while floor != req[2]:
            floor += 1 if req[2] > floor else -1
            time += 1
            arrive()
    return [time, wait_sum]
