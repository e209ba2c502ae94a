def double_booked(intervals):
    times = []
    kinds = []
    for s, e in intervals:
        if s < e:
            times.append(s)
            kinds.append(1)
            times.append(e)
            kinds.append(-1)
    order = sorted(range(len(times)), key=lambda i: times[i])
    total = 0
    depth = 0
    for pos in range(len(order)):
        i = order[pos]
        if pos > 0 and depth >= 2:
            total += times[i] - times[order[pos - 1]]
        depth += kinds[i]
    return total
