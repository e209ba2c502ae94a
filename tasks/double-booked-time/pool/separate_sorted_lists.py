def double_booked(intervals):
    starts = sorted(s for s, e in intervals if s < e)
    ends = sorted(e for s, e in intervals if s < e)
    n = len(starts)
    i = j = 0
    depth = 0
    prev = 0
    total = 0
    while i < n or j < n:
        if i < n and starts[i] < ends[j]:
            t = starts[i]
            if depth >= 2:
                total += t - prev
            depth += 1
            i += 1
        else:
            t = ends[j]
            if depth >= 2:
                total += t - prev
            depth -= 1
            j += 1
        prev = t
    return total
