def covered_length(intervals):
    total = 0
    cur_lo = cur_hi = None
    for lo, hi in sorted(intervals, key=lambda iv: iv[0]):
        if lo >= hi:
            continue
        if cur_hi is None or lo > cur_hi:
            if cur_hi is not None:
                total += cur_hi - cur_lo
            cur_lo, cur_hi = lo, hi
        elif hi > cur_hi:
            cur_hi = hi
    if cur_hi is not None:
        total += cur_hi - cur_lo
    return total
