def min_meeting_rooms(meetings):
    delta = {}
    for s, e in meetings:
        delta[s] = delta.get(s, 0) + 1
        delta[e] = delta.get(e, 0) - 1
    cur = best = 0
    for t in sorted(delta):
        cur += delta[t]
        best = max(best, cur)
    return best
