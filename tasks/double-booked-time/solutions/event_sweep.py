def double_booked(intervals):
    # Each booking opens at its start and closes at its end; sweep the 2n events in time order and add the gap
    # before each event while two or more bookings are open.
    events = []
    for s, e in intervals:
        if s < e:
            events.append((s, 1))
            events.append((e, -1))
    events.sort()
    total = 0
    depth = 0
    prev = 0
    for t, d in events:
        if depth >= 2:
            total += t - prev
        prev = t
        depth += d
    return total
