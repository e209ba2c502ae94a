def coverage_counts(intervals, points):
    # Events as small lists sorted with a key function: starts before queries before ends at one coordinate.
    events = []
    for iv in intervals:
        events.append([iv[0], "start", -1])
        events.append([iv[1], "end", -1])
    for j in range(len(points)):
        events.append([points[j], "query", j])
    rank = {"start": 0, "query": 1, "end": 2}
    events.sort(key=lambda e: (e[0], rank[e[1]]))
    answer = [0] * len(points)
    active = 0
    for e in events:
        if e[1] == "start":
            active += 1
        elif e[1] == "end":
            active -= 1
        else:
            answer[e[2]] = active
    return answer
