def double_booked(intervals):
    events = []
    for interval in intervals:
        if interval[0] < interval[1]:
            events.append([interval[0], 1])
            events.append([interval[1], -1])
    events.sort(key=lambda ev: (ev[0], ev[1]))
    total = 0
    active = 0
    for idx in range(len(events)):
        if idx > 0 and active >= 2:
            total += events[idx][0] - events[idx - 1][0]
        active += events[idx][1]
    return total
