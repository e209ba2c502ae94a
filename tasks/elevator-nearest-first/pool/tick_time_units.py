def elevator_nearest_first(requests):
    # A clock that ticks one unit per loop: each tick takes in new calls, then the elevator either picks a call,
    # moves one floor towards its target, or (with nothing to do) skips ahead to the next call.
    waiting = []
    clock = 0
    floor = 0
    total = 0
    nxt = 0
    target = None
    riding = None
    while True:
        while nxt < len(requests) and requests[nxt][0] <= clock:
            waiting.append((nxt, requests[nxt]))
            nxt += 1
        if riding is None and target is None:
            if not waiting:
                if nxt == len(requests):
                    break
                clock = requests[nxt][0]
                continue
            pick = min(waiting, key=lambda w: (abs(w[1][1] - floor), w[0]))
            waiting.remove(pick)
            target = pick[1]
        if target is not None and floor == target[1]:
            total += clock - target[0]
            riding = target
            target = None
        if riding is not None and floor == riding[2]:
            riding = None
            continue
        goal = target[1] if target is not None else riding[2]
        floor += 1 if goal > floor else -1
        clock += 1
    return [clock, total]
