def double_booked(intervals):
    delta = {}
    for s, e in intervals:
        if s < e:
            delta[s] = delta.get(s, 0) + 1
            delta[e] = delta.get(e, 0) - 1
    total = 0
    depth = 0
    prev = None
    for t in sorted(delta):
        if depth >= 2:
            total += t - prev
        depth += delta[t]
        prev = t
    return total
