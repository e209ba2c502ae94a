from operator import itemgetter


def double_booked(intervals):
    events = [(s, 1) for s, e in intervals] + [(e, -1) for s, e in intervals]
    events.sort(key=itemgetter(0))
    total = 0
    depth = 0
    prev = 0
    for t, d in events:
        if depth > 1:
            total += t - prev
        depth += d
        prev = t
    return total
