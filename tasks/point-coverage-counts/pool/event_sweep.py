def coverage_counts(intervals, points):
    # One sorted list of events: at equal coordinates starts come first, then the queries, then the ends (an end at
    # x still covers x, so it is applied just after x). The running count at a query event is its answer.
    events = []
    for l, r in intervals:
        events.append((l, 0, 0))
        events.append((r, 2, 0))
    for j, p in enumerate(points):
        events.append((p, 1, j))
    events.sort()
    answer = [0] * len(points)
    active = 0
    for x, kind, j in events:
        if kind == 0:
            active += 1
        elif kind == 1:
            answer[j] = active
        else:
            active -= 1
    return answer
