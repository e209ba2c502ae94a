def range_sums(nums, queries):
    # Offline: every query needs the running total just before l and at r; sort those events by position and
    # sweep the list once, keeping the running total.
    events = []
    for q, (l, r) in enumerate(queries):
        events.append((l - 1, q, -1))
        events.append((r, q, 1))
    events.sort()
    out = [0] * len(queries)
    running = 0
    i = -1
    for pos, q, sign in events:
        while i < pos:
            i += 1
            running += nums[i]
        out[q] += sign * running
    return out
