def double_booked(intervals):
    keys = [2 * s + 1 for s, e in intervals] + [2 * e for s, e in intervals]
    keys.sort()
    total = 0
    depth = 0
    prev = 0
    for k in keys:
        t = k >> 1
        if depth >= 2:
            total += t - prev
        prev = t
        if k & 1:
            depth += 1
        else:
            depth -= 1
    return total
